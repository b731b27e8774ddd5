using LeakGuard.Cli.Detect;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Findings;

/// <summary>One secret at one path: the unit every reporter renders. <see cref="Path"/> is relative, with forward slashes.</summary>
internal sealed record Finding(LocatedSecret Location, string Path, GitOrigin? Origin)
{
    public SecretRule Rule => Location.Rule;

    public string Secret => Location.Secret;

    public string Redacted => Redactor.Redact(Location.Secret);

    public string Fingerprint => Engine.Fingerprint.Compute(Rule.Id, Secret, Path);

    /// <summary>For git scans: which refs still reach the commit that introduced the secret.</summary>
    public Reachability? Reachable { get; init; }

    /// <summary>The secret as reports show it: redacted unless the user asked otherwise.</summary>
    public string Shown(bool redact) => redact ? Redacted : Secret;
}
