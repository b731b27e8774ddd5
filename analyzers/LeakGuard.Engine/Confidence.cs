namespace LeakGuard.Engine;

/// <summary>How sure a rule is that a match is a real secret.</summary>
public enum Confidence
{
    /// <summary>A secret-sounding name holding a high-entropy value; noisy, off or advisory by default.</summary>
    Low = 0,

    /// <summary>A provider format that needs surrounding context (a keyword or endpoint) to be told apart.</summary>
    Medium = 1,

    /// <summary>A provider format identified by its own prefix, signature or checksum.</summary>
    High = 2,
}
