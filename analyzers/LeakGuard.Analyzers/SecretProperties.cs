namespace LeakGuard.Analyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that the code fixes read.</summary>
public static class SecretProperties
{
    public const string RuleId = "RuleId";
    public const string Provider = "Provider";
    public const string ConfigurationKey = "ConfigurationKey";
    public const string EnvironmentVariable = "EnvironmentVariable";
    public const string RotateUrl = "RotateUrl";

    /// <summary>Present ("true") when the configuration key holds the whole string the key sits in, such as a connection string.</summary>
    public const string MovesWholeString = "MovesWholeString";
}
