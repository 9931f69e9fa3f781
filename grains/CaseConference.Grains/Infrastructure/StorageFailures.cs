using System.Data.Common;

namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Tells a database that is unreachable for now (refused connection, broken socket, server
/// shutting down, a timeout) from a statement that is wrong. Providers wrap the driver's
/// exception, so the whole chain is searched.
/// </summary>
internal static class StorageFailures
{
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && (db.IsTransient || db.SqlState is null || IsConnectionState(db.SqlState)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A database error that is not transient: a bug, but one that must still cross the wire readably.
    /// </summary>
    public static DbException? Permanent(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db)
            {
                return db;
            }
        }

        return null;
    }

    // Classes 08 (connection), 53 (resources), 57 (operator intervention: shutdown), 58 (system).
    private static bool IsConnectionState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal);
}
