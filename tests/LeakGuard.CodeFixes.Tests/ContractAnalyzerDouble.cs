using System.Collections.Immutable;
using System.Linq;
using LeakGuard.Analyzers;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>
/// Reports LG0001 as the analyzer's contract says it will, on the forms the analyzer does not report yet: raw and
/// UTF-8 literals, interpolated string text, <c>+</c> chains of constants (at the chain's first literal) and comments
/// (at the key inside the comment). It lets the fix be tested against the contract rather than today's analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractAnalyzerDouble : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new LG0001HardcodedSecretAnalyzer().SupportedDiagnostics[0];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(AnalyzeComments);
        context.RegisterSyntaxNodeAction(AnalyzeString, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
        context.RegisterSyntaxNodeAction(AnalyzeConcatenation, SyntaxKind.AddExpression);
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false).Where(IsComment))
        {
            var text = trivia.ToFullString();
            foreach (var finding in SecretScanner.Default.Scan(text).Findings)
            {
                var span = new TextSpan(trivia.FullSpan.Start + finding.Start, finding.Length);
                context.ReportDiagnostic(Create(Location.Create(context.Tree, span), finding));
            }
        }
    }

    private static void AnalyzeString(SyntaxNodeAnalysisContext context)
    {
        if (context.Node.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            return;
        }

        if (context.Node is InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var text in interpolated.Contents.OfType<InterpolatedStringTextSyntax>())
            {
                Report(context, text.TextToken.ValueText, text.GetLocation());
            }

            return;
        }

        var token = ((LiteralExpressionSyntax)context.Node).Token;
        Report(context, token.ValueText, token.GetLocation());
    }

    private static void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
    {
        if (context.Node.Parent is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression))
        {
            return;
        }

        var value = context.SemanticModel.GetConstantValue(context.Node, context.CancellationToken).Value as string;
        var first = context.Node.DescendantNodes().OfType<LiteralExpressionSyntax>().FirstOrDefault();
        if (value is not null && first is not null)
        {
            Report(context, value, first.GetLocation());
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, string value, Location location)
    {
        foreach (var finding in SecretScanner.Default.Scan(value).Findings)
        {
            context.ReportDiagnostic(Create(location, finding));
        }
    }

    private static Diagnostic Create(Location location, SecretFinding finding)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(SecretProperties.RuleId, finding.Rule.Id)
            .Add(SecretProperties.Provider, finding.Rule.Provider)
            .Add(SecretProperties.ConfigurationKey, finding.Rule.Remediation.ConfigurationKey)
            .Add(SecretProperties.EnvironmentVariable, finding.Rule.Remediation.EnvironmentVariable)
            .Add(SecretProperties.RotateUrl, finding.Rule.Remediation.RotateUrl);
        return Diagnostic.Create(Rule, location, properties, finding.Rule.Provider, finding.Redacted);
    }

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind() is
        SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or
        SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia;
}
