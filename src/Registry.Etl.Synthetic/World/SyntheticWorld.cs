using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Dhba;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Lbz;
using Registry.Etl.Synthetic.Nkr;

namespace Registry.Etl.Synthetic.World;

/// <summary>
/// The in-memory part of one synthetic world: hospitals, the colorectal and liver cohorts with all their
/// true values, their NKR tumours and LBZ admissions, and the export plans. The large populations
/// (other-site cancers, the unrelated hospital population) are generated on demand from their keys.
/// </summary>
internal sealed partial class SyntheticWorld
{
    private SyntheticWorld(SyntheticOptions options)
    {
        Options = options;
        Seed = options.Seed;
        Calibration = options.ResolvedCalibration;
        Window = new TimeWindow(options.ResolvedFirstYear, options.Years);
        Calendar = new ExportCalendar(Window);
        Bsn = new Bsn(Seed);
        Noiser = new IdentityNoiser(Bsn, Bsn.Capacity);
        Persons = new PersonFactory(Calibration.Noise, Window);
        AdmissionIds = new AdmissionIds(Seed);
        Keys = new RegistryKeys(Seed);
    }

    public SyntheticOptions Options { get; }

    public ulong Seed { get; }

    public SyntheticCalibration Calibration { get; }

    public TimeWindow Window { get; }

    public ExportCalendar Calendar { get; }

    public Bsn Bsn { get; }

    public IdentityNoiser Noiser { get; }

    public PersonFactory Persons { get; }

    public AdmissionIds AdmissionIds { get; }

    public RegistryKeys Keys { get; }

    public Hospital[] Hospitals { get; private set; } = [];

    /// <summary>All colorectal patients: resected (registered in DCRA or not) and not resected.</summary>
    public List<DcraCase> Colorectal { get; private set; } = [];

    public DcraIntercepts DcraIntercepts { get; private set; } = new();

    public List<DhbaCase> Liver { get; private set; } = [];

    public DhbaOutcomeModel DhbaModel { get; private set; } = null!;

    public OtherCancerGenerator OtherCancers { get; private set; } = null!;

    public static SyntheticWorld Build(SyntheticOptions options)
    {
        var world = new SyntheticWorld(options);
        world.BuildCohorts();
        world.BuildRegistries();
        return world;
    }

    private void BuildCohorts()
    {
        Hospitals = HospitalFactory.Create(Seed, Calibration);
        var ids = new CohortIds();
        Colorectal = new DcraCaseGenerator(Seed, Calibration, Window, Hospitals, Persons, ids).Generate();
        var outcomes = new DcraOutcomeModel(Seed, Calibration.Dcra);
        outcomes.Apply(Colorectal);
        DcraIntercepts = outcomes.Intercepts;
        new CrcNotResectedGenerator(Seed, Calibration, Window, Hospitals, Persons, ids).AppendTo(Colorectal);
        var followUp = new CrcFollowUp(Seed, Calibration);
        foreach (var c in Colorectal)
        {
            followUp.Apply(c);
        }

        var liver = new DhbaGenerator(Seed, Calibration, Window, Hospitals, Persons, ids);
        Liver = liver.Generate(Colorectal);
        DhbaModel = liver.Model;
        OtherCancers = new OtherCancerGenerator(Seed, Calibration, Window, Hospitals, Persons, AdmissionIds);
    }
}
