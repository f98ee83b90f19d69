namespace Registry.Etl.Linkage.Blocking;

/// <summary>Receives candidate pairs; implemented by structs so the enumeration loop is specialised per sink.</summary>
internal interface IPairSink
{
    void Accept(int left, int right);
}
