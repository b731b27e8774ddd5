using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeakGuard.Analyzers;

/// <summary>Reads a chain of <c>+</c> as the runs of adjacent string literals it joins.</summary>
internal static class StringConcatenation
{
    public static bool IsOutermost(BinaryExpressionSyntax add)
    {
        SyntaxNode node = add;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return !node.Parent.IsKind(SyntaxKind.AddExpression);
    }

    /// <summary>Every run of two or more string literals that stand next to each other in the chain, in source order.</summary>
    public static List<List<LiteralExpressionSyntax>> LiteralRuns(BinaryExpressionSyntax add)
    {
        var runs = new List<List<LiteralExpressionSyntax>>();
        var run = new List<LiteralExpressionSyntax>();
        foreach (var leaf in Leaves(add))
        {
            if (leaf is LiteralExpressionSyntax literal
                && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression)))
            {
                run.Add(literal);
                continue;
            }

            Close(run, runs);
            run = new List<LiteralExpressionSyntax>();
        }

        Close(run, runs);
        return runs;
    }

    // Iterative, because a generated chain of thousands of operands would overflow a recursive walk.
    private static IEnumerable<ExpressionSyntax> Leaves(BinaryExpressionSyntax add)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(add);
        while (pending.Count > 0)
        {
            var expression = pending.Pop();
            var inner = Unparenthesize(expression);
            if (inner is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                pending.Push(binary.Right);
                pending.Push(binary.Left);
            }
            else
            {
                yield return inner;
            }
        }
    }

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static void Close(List<LiteralExpressionSyntax> run, List<List<LiteralExpressionSyntax>> runs)
    {
        if (run.Count > 1)
        {
            runs.Add(run);
        }
    }
}
