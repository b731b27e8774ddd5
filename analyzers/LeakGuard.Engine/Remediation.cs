using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>What to do once a key of this kind has leaked, and where its value should live instead.</summary>
public sealed class Remediation
{
    public Remediation(string rotateUrl, string configurationKey, string environmentVariable)
    {
        RotateUrl = rotateUrl;
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
    }

    /// <summary>The provider page where the key is revoked or rotated.</summary>
    public string RotateUrl { get; }

    /// <summary>A suggested <c>IConfiguration</c> key, such as <c>OpenAI:ApiKey</c>.</summary>
    public string ConfigurationKey { get; }

    /// <summary>A suggested environment variable, such as <c>OPENAI_API_KEY</c>.</summary>
    public string EnvironmentVariable { get; }

    /// <summary>
    /// Whether <see cref="ConfigurationKey"/> holds the whole string the secret sits in (a connection string, a database
    /// URL), so that a fix moves that string, not the key alone.
    /// </summary>
    public bool MovesWholeString { get; init; }

    /// <summary>
    /// What to do instead of rotating at <see cref="RotateUrl"/> and loading the value from configuration, for values
    /// that live elsewhere than in code (a Kubernetes Secret's data); null for that advice.
    /// </summary>
    public IReadOnlyList<string>? Steps { get; init; }
}
