using System;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Once a repository is open, libgit2 failing to read an object means a truncated pack or a missing object: the history
/// cannot be scanned completely, so the scan stops with that said rather than reporting a clean result.
/// </summary>
internal static class RepositoryDamage
{
    public static T Guard<T>(Func<T> scan)
    {
        try
        {
            return scan();
        }
        catch (AggregateException e) when (e.InnerException is LibGit2SharpException cause)
        {
            throw Damaged(cause);
        }
        catch (LibGit2SharpException e)
        {
            throw Damaged(e);
        }
    }

    private static CliException Damaged(LibGit2SharpException cause) =>
        new($"repository is damaged: {cause.Message} (run 'git fsck')", cause);
}
