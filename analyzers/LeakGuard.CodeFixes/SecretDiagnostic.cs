using LeakGuard.Analyzers;
using Microsoft.CodeAnalysis;

namespace LeakGuard.CodeFixes;

/// <summary>What an LG0001 diagnostic tells a fix, read from its properties.</summary>
internal sealed class SecretDiagnostic
{
    private SecretDiagnostic(Diagnostic diagnostic)
    {
        Diagnostic = diagnostic;
        RuleId = Read(diagnostic, SecretProperties.RuleId);
        Provider = Read(diagnostic, SecretProperties.Provider);
        ConfigurationKey = Read(diagnostic, SecretProperties.ConfigurationKey);
        EnvironmentVariable = Read(diagnostic, SecretProperties.EnvironmentVariable);
        MovesWholeString = Read(diagnostic, SecretProperties.MovesWholeString) == "true";
    }

    public Diagnostic Diagnostic { get; }

    public string RuleId { get; }

    public string Provider { get; }

    public string ConfigurationKey { get; }

    public string EnvironmentVariable { get; }

    /// <summary>Whether the fix moves the whole string holding the key (a connection string) rather than the key alone.</summary>
    public bool MovesWholeString { get; }

    public static SecretDiagnostic From(Diagnostic diagnostic) => new(diagnostic);

    private static string Read(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) && value is not null ? value : string.Empty;
}
