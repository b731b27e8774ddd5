namespace LeakGuard.Engine;

/// <summary>One secret found in one piece of text. <see cref="ToString"/> never shows the secret in full.</summary>
public sealed class SecretFinding
{
    public SecretFinding(SecretRule rule, int start, string secret, bool isVerified)
        : this(rule, start, secret.Length, secret, isVerified, null)
    {
    }

    /// <summary>A secret found in decoded text: the span is the encoded text in the scanned text, not the secret.</summary>
    public SecretFinding(SecretRule rule, int start, int length, string secret, bool isVerified, string? decodedFrom)
    {
        Rule = rule;
        Start = start;
        Length = length;
        Secret = secret;
        IsVerified = isVerified;
        DecodedFrom = decodedFrom;
    }

    public SecretRule Rule { get; }

    /// <summary>Offset of the secret in the scanned text.</summary>
    public int Start { get; }

    /// <summary>Length of the span in the scanned text: the secret's length, or the encoded text's when decoded.</summary>
    public int Length { get; }

    public int End => Start + Length;

    /// <summary>
    /// How the text the secret was found in was encoded in the scanned text (<c>base64</c> or <c>percent</c>), or
    /// <see langword="null"/> when the secret is written as is.
    /// </summary>
    public string? DecodedFrom { get; }

    /// <summary>The secret in full: render <see cref="Redacted"/> unless the user asked for the full value.</summary>
    public string Secret { get; }

    public string Redacted => Redactor.Redact(Secret);

    /// <summary>
    /// For a secret found through a name that a provider's URL, header or client takes (the literal a variable is
    /// assigned), how far that use stands from it; <see langword="null"/> for a secret found by what stands around it.
    /// </summary>
    internal int? NameDistance { get; init; }

    /// <summary>Whether an offline check (such as a checksum) confirmed the format, beyond the pattern.</summary>
    public bool IsVerified { get; }

    /// <summary>A stable identity for this secret at <paramref name="path"/>; it never contains the secret.</summary>
    public string GetFingerprint(string path) => Fingerprint.Compute(Rule.Id, Secret, path);

    public override string ToString() => $"{Rule.Id} {Redacted} at {Start}";
}
