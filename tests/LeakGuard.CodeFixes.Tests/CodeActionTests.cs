using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeakGuard.Analyzers;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>What the light bulb shows: which actions, in which order, with which titles and keys.</summary>
public class CodeActionTests
{
    private static readonly string Source = $$"""
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            public string ApiKey() => "{{TestKeys.OpenAi()}}";

            public IConfiguration Settings => configuration;
        }
        """;

    [Fact]
    public async Task Environment_variable_comes_first_then_configuration()
    {
        var actions = await ActionsAsync(Source);

        Assert.Equal(
            new[]
            {
                ("Read from environment variable OPENAI_API_KEY (rotate the leaked key)", Verify.EnvironmentVariable),
                ("Read from configuration 'OpenAI:ApiKey' (set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>; rotate the leaked key)", Verify.Configuration),
            },
            actions.Select(action => (action.Title, action.EquivalenceKey!)));
    }

    [Fact]
    public async Task Without_a_configuration_in_scope_only_the_environment_variable_is_offered()
    {
        var actions = await ActionsAsync($$"""
            public class Client
            {
                public string ApiKey() => "{{TestKeys.OpenAi()}}";
            }
            """);

        Assert.Equal(new[] { Verify.EnvironmentVariable }, actions.Select(action => action.EquivalenceKey));
    }

    [Fact]
    public async Task Titles_are_translated_to_Japanese()
    {
        var original = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ja-JP");
        try
        {
            var actions = await ActionsAsync(Source);

            Assert.Equal("環境変数 OPENAI_API_KEY から読み取る (漏えいしたキーはローテーションしてください)", actions[0].Title);
            Assert.StartsWith("構成 'OpenAI:ApiKey' から読み取る", actions[1].Title, System.StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Fix_is_exported_for_LG0001_with_a_fix_all_provider()
    {
        var provider = new LG0001HardcodedSecretCodeFixProvider();

        Assert.Equal(new[] { RuleIdentifiers.HardcodedSecret }, provider.FixableDiagnosticIds);
        Assert.NotNull(provider.GetFixAllProvider());
        var export = (ExportCodeFixProviderAttribute)System.Attribute.GetCustomAttribute(typeof(LG0001HardcodedSecretCodeFixProvider), typeof(ExportCodeFixProviderAttribute))!;
        Assert.Equal(nameof(LG0001HardcodedSecretCodeFixProvider), export.Name);
    }

    private static async Task<List<CodeAction>> ActionsAsync(string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(references.Add(MetadataReference.CreateFromFile(typeof(IConfiguration).Assembly.Location)))
            .AddDocument("Client.cs", source);
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LG0001HardcodedSecretAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, Assert.Single(diagnostics), (action, _) => actions.Add(action), CancellationToken.None);
        await new LG0001HardcodedSecretCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }
}
