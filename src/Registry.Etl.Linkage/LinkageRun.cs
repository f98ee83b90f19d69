using System.Diagnostics;
using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Comparisons;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage;

/// <summary>One run of a model over inputs; the phases live in the partial files next to this one.</summary>
internal sealed partial class LinkageRun
{
    private readonly LinkageModel _model;
    private readonly LinkageOptions _options;
    private readonly InputData _data;
    private readonly Dictionary<string, long> _timings = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ComparisonSet _set = null!;
    private CompiledRule[] _rules = [];
    private CompiledRule[] _deterministic = [];
    private bool[]? _leftActive;
    private bool[]? _rightActive;

    public LinkageRun(LinkageModel model, Table left, Table? right, LinkageOptions options)
    {
        _model = model;
        _options = options;
        _data = new InputData(left, right, model.LinkType, options.RightCache);
    }

    private bool Dedupe => _data.IsDedupe;

    private int Parallelism => Math.Max(1, _options.MaxDegreeOfParallelism);

    public LinkageResult Execute()
    {
        Compile();
        Phase("compile");
        var deterministic = RunDeterministic();
        Phase("deterministic");
        var candidates = FindCandidates();
        Phase("blocking_and_comparison");
        LinkageParameters parameters;
        var trained = false;
        if (_options.Parameters is { } saved && !_options.Retrain)
        {
            parameters = CheckSaved(saved);
            Log($"reusing saved parameters (lambda {parameters.Lambda:G4})");
        }
        else
        {
            parameters = Train(candidates);
            trained = true;
        }

        Phase("training");
        var result = Decide(parameters, trained, deterministic, candidates);
        Phase("scoring_and_clustering");
        return result with { Timings = new Dictionary<string, long>(_timings, StringComparer.Ordinal) };
    }

    private void Compile()
    {
        _data.Prepare(
            _model.Comparisons.SelectMany(c => c.ColumnsRead())
                .Concat(_model.Blocking.Concat(_model.EmSessions).SelectMany(r => r.Keys).Select(k => k.Column))
                .Concat(_model.Deterministic.SelectMany(r => r.Keys).Select(k => k.Column)),
            Parallelism);
        var compiled = new CompiledComparison[_model.Comparisons.Count];
        for (var c = 0; c < compiled.Length; c++)
        {
            compiled[c] = new CompiledComparison(_model.Comparisons[c], _data, _options.Comparators);
        }

        _set = new ComparisonSet(compiled);
        _rules = [.. _model.Blocking.Select(r => new CompiledRule(r.Name, r.Keys, _data))];
        _deterministic = [.. _model.Deterministic.Select(r => new CompiledRule(r.Name, r.Keys, _data))];
    }

    private LinkageParameters CheckSaved(LinkageParameters saved)
    {
        var hash = _model.ParameterHash();
        if (saved.ModelHash != hash)
        {
            Throw.Configuration(
                $"The saved parameters were trained for another version of model '{saved.ModelName}' (hash {saved.ModelHash[..12]}, model now {hash[..12]}); retrain.");
        }

        return saved;
    }

    private void Phase(string name)
    {
        _timings[name] = _clock.ElapsedMilliseconds;
        _clock.Restart();
    }

    private void Log(string message) => _options.Log?.Invoke(message);
}
