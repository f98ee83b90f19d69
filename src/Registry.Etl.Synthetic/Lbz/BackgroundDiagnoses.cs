namespace Registry.Etl.Synthetic.Lbz;

/// <summary>The mix of unrelated admissions (PROPOSED weights giving a plausible Dutch hospital case mix).</summary>
internal static class BackgroundDiagnoses
{
    private static readonly double[] Clinical = [1, 0, 0];
    private static readonly double[] Day = [0, 1, 0];

    public static IReadOnlyList<BackgroundDiagnosis> All { get; } =
    [
        new("I214", "0320", 3.0, Clinical, 0.95, 4, MinAge: 35, Procedure: "039211", ProcedureShare: 0.6),
        new("I500", "0320", 4.0, Clinical, 0.90, 6, MinAge: 45),
        new("I480", "0320", 2.5, [0.6, 0.4, 0], 0.60, 2, MinAge: 30),
        new("R074", "0320", 2.0, [0.3, 0, 0.7], 0.95, 1, MinAge: 25),
        new("J189", "0322", 4.0, Clinical, 0.95, 6),
        new("J441", "0322", 2.5, Clinical, 0.95, 6, MinAge: 45),
        new("N390", "0313", 2.0, Clinical, 0.90, 5),
        new("A419", "0313", 1.5, Clinical, 1.00, 8),
        new("E869", "0313", 1.5, Clinical, 0.90, 4, MinAge: 50),
        new("D649", "0313", 1.5, [0.3, 0.7, 0], 0.30, 1, MinAge: 30),
        new("R55", "0313", 1.5, [0.4, 0, 0.6], 0.90, 1),
        new("K359", "0303", 2.0, Clinical, 1.00, 2, MinAge: 5, Procedure: "033551", ProcedureShare: 0.95),
        new("K802", "0303", 3.0, [0.5, 0.5, 0], 0.30, 1, MinAge: 20, Procedure: "033561", ProcedureShare: 0.9),
        new("K409", "0303", 2.5, [0.2, 0.8, 0], 0.05, 1, Procedure: "033401", ProcedureShare: 0.95),
        new("K566", "0303", 1.0, Clinical, 1.00, 6, MinAge: 30),
        new("K572", "0303", 1.5, Clinical, 0.90, 5, MinAge: 35),
        new("S7200", "0305", 2.5, Clinical, 1.00, 8, MinAge: 60, Procedure: "038611", ProcedureShare: 0.95),
        new("M171", "0305", 2.5, Clinical, 0.00, 2, MinAge: 50, Procedure: "038621", ProcedureShare: 1.0),
        new("M161", "0305", 2.5, Clinical, 0.00, 2, MinAge: 50, Procedure: "038611", ProcedureShare: 1.0),
        new("S525", "0305", 1.5, Day, 0.80, 0, Procedure: "038501", ProcedureShare: 0.7),
        new("H251", "0301", 5.0, Day, 0.00, 0, MinAge: 55, Procedure: "031711", ProcedureShare: 1.0),
        new("I639", "0330", 2.5, Clinical, 1.00, 6, MinAge: 40),
        new("G409", "0330", 1.0, [0.5, 0, 0.5], 0.80, 2),
        new("O800", "0307", 5.0, Clinical, 0.70, 1, MinAge: 18, MaxAge: 44, Sex: 2, Procedure: "037301", ProcedureShare: 1.0),
        new("N921", "0307", 1.0, Day, 0.00, 0, MinAge: 30, MaxAge: 55, Sex: 2, Procedure: "037111", ProcedureShare: 0.8),
        new("J210", "0316", 1.5, Clinical, 1.00, 3, MaxAge: 2),
        new("A099", "0316", 2.0, Clinical, 1.00, 2),
        new("K922", "0318", 1.5, Clinical, 1.00, 4, MinAge: 30, Procedure: "034002", ProcedureShare: 0.8),
        new("K851", "0318", 1.0, Clinical, 1.00, 6, MinAge: 25),
        new("K635", "0318", 3.0, Day, 0.00, 0, MinAge: 45, Procedure: "034001", ProcedureShare: 1.0),
        new("N40", "0306", 1.5, [0.5, 0.5, 0], 0.00, 1, MinAge: 55, Sex: 1, Procedure: "036301", ProcedureShare: 0.9),
        new("N200", "0306", 1.5, Day, 0.60, 1, MinAge: 20),
        new("F100", "0313", 0.5, [0, 0, 1], 1.00, 1, MinAge: 14),
        new("M545", "0330", 0.8, [0.5, 0.5, 0], 0.30, 2, MinAge: 20),
    ];
}
