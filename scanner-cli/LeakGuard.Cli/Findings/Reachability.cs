using System.Collections.Generic;

namespace LeakGuard.Cli.Findings;

/// <summary>
/// Which refs still reach the commit that introduced a secret: anyone who fetches one of them gets the key, whatever
/// HEAD holds today. Deciding whether to rewrite history starts here.
/// </summary>
internal sealed record Reachability(bool FromHead, IReadOnlyList<string> Branches, IReadOnlyList<string> Tags)
{
    public bool Reachable => FromHead || Branches.Count > 0 || Tags.Count > 0;

    /// <summary>For people: "HEAD, branches main, dev, tags v1.0" or "no branch or tag (only in unreferenced history)".</summary>
    public string Describe()
    {
        if (!Reachable)
        {
            return "no branch or tag (only in stashes, notes, remote-tracking branches or unreferenced history)";
        }

        var parts = new List<string>();
        if (FromHead)
        {
            parts.Add("HEAD");
        }

        if (Branches.Count > 0)
        {
            parts.Add("branch(es) " + string.Join(", ", Branches));
        }

        if (Tags.Count > 0)
        {
            parts.Add("tag(s) " + string.Join(", ", Tags));
        }

        return string.Join(", ", parts);
    }
}
