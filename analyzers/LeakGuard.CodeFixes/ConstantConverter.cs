using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace LeakGuard.CodeFixes;

/// <summary>
/// Turns a <c>const</c> holding a key into a value read at run time: a field becomes <c>static readonly</c>, a local
/// loses <c>const</c>. Declines when any use of the constant needs a constant, since the fix would not compile there.
/// </summary>
internal static class ConstantConverter
{
    public static async Task<SecretEdit?> PlanAsync(
        Document document, SemanticModel model, SecretDiagnostic secret, SecretFixStrategy strategy, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
    {
        if (declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration ||
            declarator.Initializer is null ||
            model.GetDeclaredSymbol(declarator, cancellationToken) is not { } constant ||
            await IsNeededAsConstantAsync(document.Project.Solution, constant, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // A field's initializer runs in a static context: the configuration it reads must be static too.
        var valueHolder = declaration.Parent is FieldDeclarationSyntax ? constant : null;
        var replacement = SecretFixPlanner.Replacement(model, declarator.Initializer.Value, secret, strategy, valueHolder, cancellationToken);
        if (replacement is null)
        {
            return null;
        }

        var title = Title(secret, strategy, constant.Name);
        var value = declarator.Initializer.Value;
        return declaration.Parent switch
        {
            FieldDeclarationSyntax field => SecretEdit.ForNode(title, field, rewritten => ToStaticReadOnly((FieldDeclarationSyntax)rewritten, value, replacement)),
            LocalDeclarationStatementSyntax local => SecretEdit.ForNode(title, local, rewritten => ToVariable((LocalDeclarationStatementSyntax)rewritten, value, replacement)),
            _ => null,
        };
    }

    private static async Task<bool> IsNeededAsConstantAsync(Solution solution, ISymbol constant, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(constant, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(reference => reference.Locations))
        {
            var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            var use = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node as ExpressionSyntax;
            if (use is null || ConstantContext.RequiresConstant(use))
            {
                return true;
            }
        }

        return false;
    }

    private static FieldDeclarationSyntax ToStaticReadOnly(FieldDeclarationSyntax field, ExpressionSyntax oldValue, ExpressionSyntax value)
    {
        var constKeyword = field.Modifiers.First(modifier => modifier.IsKind(SyntaxKind.ConstKeyword));
        var staticKeyword = SyntaxFactory.Token(constKeyword.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        var readOnlyKeyword = SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constKeyword.TrailingTrivia);
        var modifiers = field.Modifiers.Replace(constKeyword, staticKeyword).Insert(field.Modifiers.IndexOf(constKeyword) + 1, readOnlyKeyword);
        return field.ReplaceNode(FindValue(field), value.WithTriviaFrom(oldValue)).WithModifiers(modifiers);
    }

    private static LocalDeclarationStatementSyntax ToVariable(LocalDeclarationStatementSyntax local, ExpressionSyntax oldValue, ExpressionSyntax value)
    {
        var constKeyword = local.Modifiers.First(modifier => modifier.IsKind(SyntaxKind.ConstKeyword));
        var withoutConst = local.ReplaceNode(FindValue(local), value.WithTriviaFrom(oldValue))
            .WithModifiers(local.Modifiers.Remove(constKeyword));
        return withoutConst.Modifiers.Count == 0
            ? withoutConst.WithDeclaration(withoutConst.Declaration.WithType(withoutConst.Declaration.Type.WithLeadingTrivia(constKeyword.LeadingTrivia)))
            : withoutConst;
    }

    /// <summary>The initializer value inside <paramref name="declaration"/>, which may already be a rewritten copy.</summary>
    private static ExpressionSyntax FindValue(SyntaxNode declaration) =>
        declaration.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single().Initializer!.Value;

    private static string Title(SecretDiagnostic secret, SecretFixStrategy strategy, string name) => strategy == SecretFixStrategy.EnvironmentVariable
        ? string.Format(CultureInfo.CurrentCulture, Resources.ConstantFromEnvironmentTitle, secret.EnvironmentVariable, name)
        : string.Format(CultureInfo.CurrentCulture, Resources.ConstantFromConfigurationTitle, secret.ConfigurationKey, name);
}
