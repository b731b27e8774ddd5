using System;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Once a repository is open, libgit2 failing to read an object means a truncated pack or a missing object: the history
/// cannot be scanned completely, so the scan stops with that said rather than reporting a clean result. A repository
/// libgit2 cannot open for its format (SHA-256 object ids, a reftable ref store), or will not open because another user
/// owns it, is named as such, not as damaged.
/// </summary>
internal static class RepositoryDamage
{
    private const string UnknownFormat = "unknown object format ";
    private const string UnknownExtension = "unsupported extension name ";

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
        new(Unsupported(cause.Message) ?? UntrustedRepository.Explain(cause.Message) ?? $"repository is damaged: {cause.Message} (run 'git fsck')", cause);

    /// <summary>A repository in a format git has and libgit2 lacks is not damaged: the message says which format.</summary>
    private static string? Unsupported(string message)
    {
        if (message.StartsWith(UnknownFormat, StringComparison.Ordinal))
        {
            return $"unsupported repository: object format {message[UnknownFormat.Length..].Trim('\'')} (LeakGuard reads history through libgit2, which reads SHA-1 repositories only; 'leakguard dir' scans the working tree)";
        }

        if (message.StartsWith(UnknownExtension, StringComparison.Ordinal))
        {
            return $"unsupported repository: {message[UnknownExtension.Length..]} is set (LeakGuard reads history through libgit2, which does not support it; 'leakguard dir' scans the working tree)";
        }

        return null;
    }
}
