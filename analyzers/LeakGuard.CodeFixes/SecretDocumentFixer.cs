using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LeakGuard.CodeFixes;

/// <summary>Applies the edits for any number of diagnostics of one document in one pass, then adds usings once and formats.</summary>
internal static class SecretDocumentFixer
{
    public static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, SecretFixStrategy strategy, CancellationToken cancellationToken)
    {
        var edits = new List<SecretEdit>();
        foreach (var diagnostic in diagnostics)
        {
            var edit = await SecretFixPlanner.PlanAsync(document, SecretDiagnostic.From(diagnostic), strategy, cancellationToken).ConfigureAwait(false);
            if (edit is not null)
            {
                edits.Add(edit);
            }
        }

        return await ApplyAsync(document, edits, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Document> ApplyAsync(Document document, IReadOnlyCollection<SecretEdit> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || edits.Count == 0)
        {
            return document;
        }

        var nodeEdits = new Dictionary<SyntaxNode, SecretEdit>();
        var triviaEdits = new Dictionary<SyntaxTrivia, SecretEdit>();
        foreach (var edit in edits)
        {
            if (edit.Node is not null && !nodeEdits.ContainsKey(edit.Node))
            {
                nodeEdits.Add(edit.Node, edit);
            }
            else if (edit.Node is null && !triviaEdits.ContainsKey(edit.Trivia))
            {
                triviaEdits.Add(edit.Trivia, edit);
            }
        }

        var newRoot = root.ReplaceSyntax(
            nodeEdits.Keys,
            (original, rewritten) => nodeEdits[original].Rewrite!(rewritten),
            Enumerable.Empty<SyntaxToken>(),
            (original, _) => original,
            triviaEdits.Keys,
            (original, _) => triviaEdits[original].NewTrivia);

        var fixedDocument = document.WithSyntaxRoot(newRoot);
        fixedDocument = await ImportAdder.AddImportsAsync(fixedDocument, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        fixedDocument = await Simplifier.ReduceAsync(fixedDocument, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(fixedDocument, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
