using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeakGuard.CodeFixes;

/// <summary>Decides, for one diagnostic and one strategy, the edit that takes the key out of the source, or that none compiles.</summary>
internal static class SecretFixPlanner
{
    public static async Task<SecretEdit?> PlanAsync(Document document, SecretDiagnostic secret, SecretFixStrategy strategy, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !secret.Diagnostic.Location.IsInSource)
        {
            return null;
        }

        var span = secret.Diagnostic.Location.SourceSpan;
        if (SecretLocator.TryFindComment(root, span, out var comment))
        {
            return strategy == SecretFixStrategy.EnvironmentVariable ? CommentRedactor.Plan(secret, comment) : null;
        }

        var expression = SecretLocator.FindExpression(root, span);
        if (expression is null || !HoldsWhatMoves(model, expression, secret, cancellationToken) || IsInExpressionTree(model, expression, cancellationToken))
        {
            return null;
        }

        var declarator = ConstantContext.ConstDeclarator(expression);
        if (declarator is not null)
        {
            return await ConstantConverter.PlanAsync(document, model, secret, strategy, declarator, cancellationToken).ConfigureAwait(false);
        }

        if (ConstantContext.RequiresConstant(expression))
        {
            return null;
        }

        var replacement = Replacement(model, expression, secret, strategy, valueHolder: null, cancellationToken);
        if (replacement is null || !ConvertsLikeOriginal(model, expression, cancellationToken))
        {
            return null;
        }

        return SecretEdit.ForNode(Title(secret, strategy), expression, _ => replacement.WithTriviaFrom(expression));
    }

    public static ExpressionSyntax? Replacement(SemanticModel model, ExpressionSyntax expression, SecretDiagnostic secret, SecretFixStrategy strategy, ISymbol? valueHolder, CancellationToken cancellationToken)
    {
        ExpressionSyntax? value;
        if (strategy == SecretFixStrategy.EnvironmentVariable)
        {
            value = secret.EnvironmentVariable.Length == 0 ? null : SecretReadExpression.FromEnvironment(secret.EnvironmentVariable);
        }
        else
        {
            var configuration = secret.ConfigurationKey.Length == 0 ? null : ConfigurationFinder.Find(model, expression, valueHolder, cancellationToken);
            value = configuration is null ? null : SecretReadExpression.FromConfiguration(configuration, secret.ConfigurationKey);
        }

        return value is not null && expression.IsKind(SyntaxKind.Utf8StringLiteralExpression) ? SecretReadExpression.AsUtf8(value) : value;
    }

    private static string Title(SecretDiagnostic secret, SecretFixStrategy strategy) => strategy == SecretFixStrategy.EnvironmentVariable
        ? string.Format(CultureInfo.CurrentCulture, Resources.ReadFromEnvironmentTitle, secret.EnvironmentVariable)
        : string.Format(CultureInfo.CurrentCulture, Resources.ReadFromConfigurationTitle, secret.ConfigurationKey);

    /// <summary>
    /// A fix replaces the whole expression, so it applies only when the expression's value is the key and nothing else,
    /// or, for a key whose configuration holds the string around it (a connection string), a string holding the key.
    /// The diagnostic covers the characters of the key: when they are the whole value, the value is the key. A key
    /// that only its name or the code nearby tells apart is not found again in the value alone.
    /// </summary>
    private static bool HoldsWhatMoves(SemanticModel model, ExpressionSyntax expression, SecretDiagnostic secret, CancellationToken cancellationToken)
    {
        var value = expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.Utf8StringLiteralExpression)
            ? literal.Token.ValueText
            : model.GetConstantValue(expression, cancellationToken).Value as string;
        if (value is null)
        {
            return false;
        }

        var reported = secret.Diagnostic.Location.SourceTree?.GetText(cancellationToken).ToString(secret.Diagnostic.Location.SourceSpan);
        return reported == value || SecretScanner.Default.Scan(value).Findings.Any(finding =>
            (secret.RuleId.Length == 0 || finding.Rule.Id == secret.RuleId)
            && ((finding.Start == 0 && finding.Length == value.Length) || (secret.MovesWholeString && finding.Rule.Remediation.MovesWholeString)));
    }

    /// <summary>Throw expressions do not compile inside expression trees.</summary>
    private static bool IsInExpressionTree(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken) =>
        expression.Ancestors().OfType<LambdaExpressionSyntax>().Any(lambda =>
            model.GetTypeInfo(lambda, cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace.Name: "Linq" } });

    /// <summary>An interpolated string may be bound to <c>FormattableString</c> or a handler, where a plain string does not convert.</summary>
    private static bool ConvertsLikeOriginal(SemanticModel model, ExpressionSyntax original, CancellationToken cancellationToken)
    {
        var target = model.GetTypeInfo(original, cancellationToken).ConvertedType;
        if (target is null)
        {
            return false;
        }

        ITypeSymbol replacementType = original.IsKind(SyntaxKind.Utf8StringLiteralExpression)
            ? model.Compilation.CreateArrayTypeSymbol(model.Compilation.GetSpecialType(SpecialType.System_Byte))
            : model.Compilation.GetSpecialType(SpecialType.System_String);
        var conversion = model.Compilation.ClassifyConversion(replacementType, target);
        return conversion.IsImplicit;
    }
}
