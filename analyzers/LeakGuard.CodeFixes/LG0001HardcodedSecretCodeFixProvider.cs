using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LeakGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LeakGuard.CodeFixes;

/// <summary>
/// Offers, for a hard-coded key, to read it from an environment variable (first: it needs nothing in scope and always
/// compiles) or from an <c>IConfiguration</c> in scope, and to remove a key from a comment. Every action is planned
/// before it is registered, so an action is offered only where its result compiles.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LG0001HardcodedSecretCodeFixProvider))]
[Shared]
public sealed class LG0001HardcodedSecretCodeFixProvider : CodeFixProvider
{
    private static readonly SecretFixStrategy[] StrategiesInOrder = { SecretFixStrategy.EnvironmentVariable, SecretFixStrategy.Configuration };

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.HardcodedSecret);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        EquivalenceKeys.Parse(context.CodeActionEquivalenceKey) is { } strategy
            ? await SecretDocumentFixer.FixAsync(document, diagnostics, strategy, context.CancellationToken).ConfigureAwait(false)
            : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var secret = SecretDiagnostic.From(diagnostic);
            foreach (var strategy in StrategiesInOrder)
            {
                var edit = await SecretFixPlanner.PlanAsync(context.Document, secret, strategy, context.CancellationToken).ConfigureAwait(false);
                if (edit is null)
                {
                    continue;
                }

                var action = CodeAction.Create(
                    edit.Title,
                    cancellationToken => SecretDocumentFixer.ApplyAsync(context.Document, new[] { edit }, cancellationToken),
                    EquivalenceKeys.For(strategy));
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }
}
