using System.Collections.Immutable;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;

namespace LeakGuard.Analyzers;

/// <summary>Turns an engine finding into a diagnostic: picks the descriptor and fills the properties the code fixes read.</summary>
internal static class SecretDiagnostics
{
    public static Diagnostic InSource(SecretFinding finding, Location location) =>
        finding.Rule.Confidence == Confidence.Low
            ? Create(Descriptors.PossibleSecret, finding, location, finding.Rule.Description, finding.Redacted)
            : Create(Descriptors.HardcodedSecret, finding, location, finding.Rule.Provider, finding.Redacted);

    public static Diagnostic InConfigFile(SecretFinding finding, Location location, string fileName) =>
        finding.Rule.Confidence == Confidence.Low
            ? Create(Descriptors.PossibleSecret, finding, location, finding.Rule.Description, finding.Redacted)
            : Create(Descriptors.SecretInConfigFile, finding, location, finding.Rule.Provider, finding.Redacted, fileName);

    private static Diagnostic Create(DiagnosticDescriptor descriptor, SecretFinding finding, Location location, params object[] arguments)
    {
        var rule = finding.Rule;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(SecretProperties.RuleId, rule.Id)
            .Add(SecretProperties.Provider, rule.Provider)
            .Add(SecretProperties.ConfigurationKey, rule.Remediation.ConfigurationKey)
            .Add(SecretProperties.EnvironmentVariable, rule.Remediation.EnvironmentVariable)
            .Add(SecretProperties.RotateUrl, rule.Remediation.RotateUrl);
        if (rule.Remediation.MovesWholeString)
        {
            properties = properties.Add(SecretProperties.MovesWholeString, "true");
        }

        return Diagnostic.Create(descriptor, location, properties, arguments);
    }
}
