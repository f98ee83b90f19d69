using Registry.Etl.Benchmarks;

return await BenchmarkCatalog.RunAsync(args).ConfigureAwait(false);
