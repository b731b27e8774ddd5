using System.Collections.Immutable;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGuard.Analyzers;

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG0001HardcodedSecretAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.HardcodedSecret,
        "Hard-coded API key",
        "{0} key '{1}' is hard-coded; move it to configuration and rotate it",
        "Security",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/leakguard/leakguard/blob/main/docs/rules/LG0001.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(AnalyzeStringLiteral, SyntaxKind.StringLiteralExpression);
    }

    private static void AnalyzeStringLiteral(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var value = literal.Token.ValueText;
        foreach (var finding in SecretScanner.Default.Scan(value).Findings)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(SecretProperties.RuleId, finding.Rule.Id)
                .Add(SecretProperties.Provider, finding.Rule.Provider)
                .Add(SecretProperties.ConfigurationKey, finding.Rule.Remediation.ConfigurationKey)
                .Add(SecretProperties.EnvironmentVariable, finding.Rule.Remediation.EnvironmentVariable)
                .Add(SecretProperties.RotateUrl, finding.Rule.Remediation.RotateUrl);
            context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), properties, finding.Rule.Provider, finding.Redacted));
        }
    }
}
