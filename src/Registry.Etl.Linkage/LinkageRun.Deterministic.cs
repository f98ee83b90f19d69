using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage;

internal sealed partial class LinkageRun
{
    /// <summary>
    /// The deterministic cascade. Link mode: a left record linked by a rule leaves every later rule and the
    /// probabilistic stage (a right record too when one-to-one is on). Dedupe mode: records stay, but the
    /// pairs already linked are not scored again.
    /// </summary>
    private DeterministicLinks RunDeterministic()
    {
        var links = new DeterministicLinks();
        if (_deterministic.Length == 0)
        {
            return links;
        }

        if (!Dedupe)
        {
            _leftActive = new bool[_data.LeftCount];
            _rightActive = new bool[_data.RightCount];
            Array.Fill(_leftActive, true);
            Array.Fill(_rightActive, true);
        }

        for (var k = 0; k < _deterministic.Length; k++)
        {
            var rule = _deterministic[k];
            var groups = BlockGroups.Build(rule, Dedupe, _leftActive, _rightActive);
            var sink = new DeterministicSink(links, k, Dedupe ? _deterministic[..k] : []);
            groups.Enumerate(0, groups.BlockCount, ref sink);
            links.Counts.Add(new RuleCount(rule.Name, groups.PairCount, sink.Added));
            if (!Dedupe)
            {
                for (var i = sink.FirstIndex; i < links.Count; i++)
                {
                    _leftActive![links.Left[i]] = false;
                    if (_model.Decision.OneToOne)
                    {
                        _rightActive![links.Right[i]] = false;
                    }
                }
            }

            Log($"deterministic rule '{rule.Name}': {sink.Added} links");
        }

        return links;
    }

    private struct DeterministicSink(DeterministicLinks links, int rule, CompiledRule[] earlier) : IPairSink
    {
        public long Added;

        public readonly int FirstIndex => links.Count - (int)Added;

        public void Accept(int left, int right)
        {
            foreach (var e in earlier)
            {
                if (e.Agrees(left, right))
                {
                    return;
                }
            }

            links.Add(left, right, rule);
            Added++;
        }
    }
}
