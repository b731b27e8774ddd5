using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// The comments of a tree, with comments that only white space separates joined into one block: a key commented out
/// on one line is often told apart by the line above (<c>// key = "rzp_test_…"</c> then <c>// secret = "…"</c>),
/// which the command line, reading the file, sees as well.
/// </summary>
internal static class CommentBlocks
{
    public static IEnumerable<TextSpan> Of(SyntaxNode root)
    {
        int start = -1, end = -1, reach = -1;
        foreach (var trivia in root.DescendantTrivia())
        {
            if (IsComment(trivia))
            {
                if (start >= 0 && trivia.FullSpan.Start != reach)
                {
                    yield return TextSpan.FromBounds(start, end);
                    start = -1;
                }

                if (start < 0)
                {
                    start = trivia.FullSpan.Start;
                }

                end = reach = trivia.FullSpan.End;
            }
            else if (start >= 0 && trivia.FullSpan.Start == reach && trivia.Kind() is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia)
            {
                reach = trivia.FullSpan.End;
            }
        }

        if (start >= 0)
        {
            yield return TextSpan.FromBounds(start, end);
        }
    }

    // Text in an inactive #if branch is not compiled, but it is committed like any other line.
    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
            or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
            or SyntaxKind.DisabledTextTrivia;
}
