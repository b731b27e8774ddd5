using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LeakGuard.CodeFixes;

/// <summary>
/// Builds the expressions that read a key at run time and fail with a clear message when it is missing.
/// Names are written fully qualified and annotated, so the fix adds <c>using System;</c> and shortens them.
/// </summary>
internal static class SecretReadExpression
{
    public static ExpressionSyntax FromEnvironment(string variable)
    {
        var message = Format(Resources.MissingEnvironmentVariableMessage, variable);
        return Annotate($"(System.Environment.GetEnvironmentVariable({Literal(variable)}) ?? throw new System.InvalidOperationException({Literal(message)}))");
    }

    public static ExpressionSyntax FromConfiguration(ISymbol configuration, string key)
    {
        var message = Format(Resources.MissingConfigurationMessage, key);
        return Annotate($"({Identifier(configuration.Name)}[{Literal(key)}] ?? throw new System.InvalidOperationException({Literal(message)}))");
    }

    /// <summary>A <c>u8</c> literal becomes the UTF-8 bytes of the value read, which convert to <c>ReadOnlySpan&lt;byte&gt;</c> as the literal did.</summary>
    public static ExpressionSyntax AsUtf8(ExpressionSyntax value)
    {
        var argument = value is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : value;
        return Annotate($"System.Text.Encoding.UTF8.GetBytes({argument.ToFullString()})");
    }

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);

    private static string Literal(string value) => SyntaxFactory.Literal(value).Text;

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.AwaitKeyword ? "@" + name : name;

    private static ExpressionSyntax Annotate(string code) =>
        SyntaxFactory.ParseExpression(code)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
}
