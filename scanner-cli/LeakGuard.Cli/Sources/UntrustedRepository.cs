using System;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Git (since 2.35.2) and libgit2 refuse to read a repository that another user owns until it is trusted: the usual
/// case in containers and CI, where the checkout belongs to another user than the scan. Not damage: said as such, with
/// git's own remedy, which both honour.
/// </summary>
internal static class UntrustedRepository
{
    /// <summary>The message for a refusal to read a repository owned by another user, or null for any other error.</summary>
    public static string? Explain(string message)
    {
        // libgit2: "repository path '/src' is not owned by current user"; git: "fatal: detected dubious ownership in repository at '/src'".
        if (!message.Contains("is not owned by current user", StringComparison.Ordinal) && !message.Contains("dubious ownership", StringComparison.Ordinal))
        {
            return null;
        }

        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        var path = close < 0 ? "PATH" : message[(open + 1)..close];
        return $"the repository at {path} belongs to another user, and git will not read it until it is trusted: git config --global --add safe.directory '{path}'";
    }
}
