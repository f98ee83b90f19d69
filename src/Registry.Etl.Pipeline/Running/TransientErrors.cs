using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// Decides whether a failure is worth retrying: only what the error itself says is transient
/// (<see cref="RegistryEtlException.IsTransient"/>, Npgsql's own <c>IsTransient</c>, a timed-out socket).
/// Everything else (a bug, a bad file, a full disk) fails the same way again and is not retried.
/// </summary>
public static class TransientErrors
{
    public static bool IsTransient(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RegistryEtlException r:
                    return r.IsTransient;
                case Npgsql.NpgsqlException n:
                    return n.IsTransient;
                case System.Net.Sockets.SocketException:
                case TimeoutException:
                    return true;
                case AggregateException a when a.InnerExceptions.Count > 0:
                    return a.InnerExceptions.All(IsTransient);
            }
        }

        return false;
    }
}
