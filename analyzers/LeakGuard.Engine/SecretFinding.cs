namespace LeakGuard.Engine;

/// <summary>One secret found in one piece of text. <see cref="ToString"/> never shows the secret in full.</summary>
public sealed class SecretFinding
{
    public SecretFinding(SecretRule rule, int start, string secret, bool isVerified)
    {
        Rule = rule;
        Start = start;
        Secret = secret;
        IsVerified = isVerified;
    }

    public SecretRule Rule { get; }

    /// <summary>Offset of the secret in the scanned text.</summary>
    public int Start { get; }

    public int Length => Secret.Length;

    public int End => Start + Secret.Length;

    /// <summary>The secret in full: render <see cref="Redacted"/> unless the user asked for the full value.</summary>
    public string Secret { get; }

    public string Redacted => Redactor.Redact(Secret);

    /// <summary>Whether an offline check (such as a checksum) confirmed the format, beyond the pattern.</summary>
    public bool IsVerified { get; }

    /// <summary>A stable identity for this secret at <paramref name="path"/>; it never contains the secret.</summary>
    public string GetFingerprint(string path) => Fingerprint.Compute(Rule.Id, Secret, path);

    public override string ToString() => $"{Rule.Id} {Redacted} at {Start}";
}
