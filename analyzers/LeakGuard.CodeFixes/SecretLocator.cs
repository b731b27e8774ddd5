using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.CodeFixes;

/// <summary>Finds the syntax that holds a reported key: a whole string expression, a comment or inactive code.</summary>
internal static class SecretLocator
{
    public static bool TryFindComment(SyntaxNode root, TextSpan span, out SyntaxTrivia comment)
    {
        // Without findInsideTrivia a documentation comment comes back whole, which is the unit that gets rewritten.
        comment = root.FindTrivia(span.Start);
        return IsComment(comment) && comment.FullSpan.Contains(span);
    }

    /// <summary>The string literal, interpolated string or outermost <c>+</c> chain around <paramref name="span"/>.</summary>
    public static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var text = FindStringExpression(node);

        // A node found for a span in its leading trivia (say, inactive code before a literal) does not hold the key.
        return text is null || !text.Span.Contains(span) ? null : OutermostConcatenation(text);
    }

    private static bool IsComment(SyntaxTrivia trivia) => trivia.Kind() is
        SyntaxKind.SingleLineCommentTrivia or
        SyntaxKind.MultiLineCommentTrivia or
        SyntaxKind.SingleLineDocumentationCommentTrivia or
        SyntaxKind.MultiLineDocumentationCommentTrivia or
        SyntaxKind.DisabledTextTrivia;

    private static ExpressionSyntax? FindStringExpression(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    return literal;
                case InterpolatedStringExpressionSyntax interpolated:
                    return interpolated;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return binary;
                case StatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static ExpressionSyntax OutermostConcatenation(ExpressionSyntax expression)
    {
        var outermost = expression;
        for (var parent = expression.Parent; parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax; parent = parent.Parent)
        {
            if (parent is ParenthesizedExpressionSyntax)
            {
                continue;
            }

            if (!parent.IsKind(SyntaxKind.AddExpression))
            {
                break;
            }

            outermost = (ExpressionSyntax)parent;
        }

        return outermost;
    }
}
