using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// LG0001 (and LG0003 for low-confidence matches): keys in C# string literals of every form, in <c>+</c> chains of
/// literals, and in comments.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG0001HardcodedSecretAnalyzer : DiagnosticAnalyzer
{
    /// <summary>No format is shorter on its own, so a shorter text is not scanned alone.</summary>
    internal const int MinimumSecretLength = 16;

    private readonly SecretScanner scanner;

    public LG0001HardcodedSecretAnalyzer()
        : this(SecretScanner.Default)
    {
    }

    internal LG0001HardcodedSecretAnalyzer(SecretScanner scanner) => this.scanner = scanner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedSecret, Descriptors.PossibleSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var scan = ConfiguredScan.For(start.Options.AdditionalFiles, scanner, start.CancellationToken);
            start.RegisterSyntaxNodeAction(c => AnalyzeLiteral(c, scan), SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
            start.RegisterSyntaxNodeAction(c => AnalyzeInterpolatedText(c, scan), SyntaxKind.InterpolatedStringText);
            start.RegisterSyntaxNodeAction(c => AnalyzeConcatenation(c, scan), SyntaxKind.AddExpression);
            start.RegisterSyntaxTreeAction(c => AnalyzeComments(c, scan));
        });
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, ConfiguredScan scan)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        ScanToken(context, scan, literal.Token, literal, literal);
    }

    private static void AnalyzeInterpolatedText(SyntaxNodeAnalysisContext context, ConfiguredScan scan)
    {
        var text = (InterpolatedStringTextSyntax)context.Node;
        if (text.Parent is InterpolatedStringExpressionSyntax interpolated)
        {
            ScanToken(context, scan, text.TextToken, text, interpolated);
        }
    }

    private static void ScanToken(SyntaxNodeAnalysisContext context, ConfiguredScan scan, SyntaxToken token, SyntaxNode node, ExpressionSyntax value)
    {
        var text = token.ValueText;
        if (text.Length < NearbySource.MinimumLiteralLength)
        {
            return;
        }

        var names = BindingContext.Of(value, context.SemanticModel, context.CancellationToken);
        foreach (var finding in ScanLiteral(scan, text, names, node.SyntaxTree, token.Span, context.CancellationToken))
        {
            var span = SourceSpans.Locate(text, token.Text, token.SpanStart, finding) ?? node.Span;
            Report(context.ReportDiagnostic, scan, node.SyntaxTree, span, finding, context.CancellationToken);
        }
    }

    /// <summary>
    /// Reports keys that only the joined literals form. A key that one literal holds on its own is left to
    /// <see cref="AnalyzeLiteral"/>, so each key is reported once, on the exact characters where possible.
    /// </summary>
    private static void AnalyzeConcatenation(SyntaxNodeAnalysisContext context, ConfiguredScan scan)
    {
        var add = (BinaryExpressionSyntax)context.Node;
        if (!StringConcatenation.IsOutermost(add))
        {
            return;
        }

        foreach (var run in StringConcatenation.LiteralRuns(add))
        {
            ScanRun(context, scan, add, run);
        }
    }

    private static void ScanRun(SyntaxNodeAnalysisContext context, ConfiguredScan scan, ExpressionSyntax chain, List<LiteralExpressionSyntax> run)
    {
        var starts = new int[run.Count];
        var joined = new StringBuilder();
        for (var i = 0; i < run.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(run[i].Token.ValueText);
        }

        if (joined.Length < MinimumSecretLength)
        {
            return;
        }

        var names = BindingContext.Of(chain, context.SemanticModel, context.CancellationToken);
        var span = TextSpan.FromBounds(run[0].SpanStart, run[run.Count - 1].Span.End);
        foreach (var finding in scan.Scanner.Scan(joined.ToString(), names).Findings)
        {
            if (!FoundInOnePart(scan, run, starts, finding, names, context.CancellationToken))
            {
                Report(context.ReportDiagnostic, scan, chain.SyntaxTree, span, finding, context.CancellationToken);
            }
        }
    }

    /// <summary>
    /// What one literal holds on its own: scanned with the names it is bound to, then, when that gave no provider's key,
    /// read inside its file (see <see cref="NearbySource"/>). Only a provider's key is taken from the file: a generic
    /// secret (LG0003) needs a secret-sounding name, not such a word nearby.
    /// </summary>
    private static IReadOnlyList<SecretFinding> ScanLiteral(ConfiguredScan scan, string text, string? names, SyntaxTree tree, TextSpan literal, CancellationToken cancellationToken)
    {
        var findings = text.Length >= MinimumSecretLength ? scan.Scanner.Scan(text, names).Findings : System.Array.Empty<SecretFinding>();
        if (findings.Any(f => f.Rule.Confidence != Confidence.Low))
        {
            return findings;
        }

        var nearby = NearbySource.Scan(scan, tree, literal, text, cancellationToken);
        return nearby.Count > 0 ? nearby : findings;
    }

    private static bool FoundInOnePart(ConfiguredScan scan, List<LiteralExpressionSyntax> run, int[] starts, SecretFinding finding, string? names, CancellationToken cancellationToken)
    {
        for (var part = 0; part < run.Count; part++)
        {
            var value = run[part].Token.ValueText;
            var start = finding.Start - starts[part];
            if (start >= 0 && start + finding.Length <= value.Length)
            {
                return value.Length >= MinimumSecretLength
                    && ScanLiteral(scan, value, names, run[part].SyntaxTree, run[part].Token.Span, cancellationToken).Any(f => f.Start == start && f.Secret == finding.Secret);
            }
        }

        return false;
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, ConfiguredScan scan)
    {
        var source = context.Tree.GetText(context.CancellationToken);
        foreach (var block in CommentBlocks.Of(context.Tree.GetRoot(context.CancellationToken)))
        {
            if (block.Length < MinimumSecretLength)
            {
                continue;
            }

            foreach (var finding in scan.Scanner.Scan(source.ToString(block)).Findings)
            {
                Report(context.ReportDiagnostic, scan, context.Tree, new TextSpan(block.Start + finding.Start, finding.Length), finding, context.CancellationToken);
            }
        }
    }

    private static void Report(System.Action<Diagnostic> report, ConfiguredScan scan, SyntaxTree tree, TextSpan span, SecretFinding finding, System.Threading.CancellationToken cancellationToken)
    {
        if (!AllowedLines.Cover(tree.GetText(cancellationToken), span) && !scan.IsPathAllowed(finding.Rule, tree.FilePath))
        {
            report(SecretDiagnostics.InSource(finding, Location.Create(tree, span)));
        }
    }
}
