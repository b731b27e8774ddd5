using System;

namespace LeakGuard.Cli.Findings;

/// <summary>Where in history a secret first appeared at its path, and how long it stayed.</summary>
/// <param name="InHead">Whether the secret is in HEAD's version of the same path.</param>
/// <param name="CommitCount">How many scanned commits hold the secret at this path (for a tag's texts, how many tags).</param>
internal sealed record GitOrigin(string CommitSha, string Author, string Email, DateTimeOffset Date, string Message, bool InHead, int CommitCount)
{
    /// <summary>Whether an annotated tag stands for the commit: the secret is in tags' messages or taggers.</summary>
    public bool IsTag { get; init; }
}
