using System;
using Microsoft.CodeAnalysis;

namespace LeakGuard.CodeFixes;

/// <summary>One planned change: a node rewritten or a comment replaced, and the title that describes it.</summary>
internal sealed class SecretEdit
{
    private SecretEdit(string title, SyntaxNode? node, Func<SyntaxNode, SyntaxNode>? rewrite, SyntaxTrivia trivia, SyntaxTrivia newTrivia)
    {
        Title = title;
        Node = node;
        Rewrite = rewrite;
        Trivia = trivia;
        NewTrivia = newTrivia;
    }

    public string Title { get; }

    public SyntaxNode? Node { get; }

    /// <summary>Receives the node with any nested edits already applied.</summary>
    public Func<SyntaxNode, SyntaxNode>? Rewrite { get; }

    public SyntaxTrivia Trivia { get; }

    public SyntaxTrivia NewTrivia { get; }

    public static SecretEdit ForNode(string title, SyntaxNode node, Func<SyntaxNode, SyntaxNode> rewrite) =>
        new(title, node, rewrite, default, default);

    public static SecretEdit ForTrivia(string title, SyntaxTrivia trivia, SyntaxTrivia newTrivia) =>
        new(title, null, null, trivia, newTrivia);
}
