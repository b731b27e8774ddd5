using System.Threading.Tasks;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>The testing library applies Fix All in document, project and solution and compares each result.</summary>
public class FixAllTests
{
    private const string EnvironmentRead =
        """Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")""";

    [Fact]
    public Task Several_keys_in_two_documents_and_a_comment_are_fixed_with_one_using_each()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add($$"""
            namespace App;

            // Rotated: {|LG0001:{{TestKeys.OpenAi(3)}}|}
            public class First
            {
                private const string ApiKey = "{|LG0001:{{TestKeys.OpenAi(1)}}|}";

                public string Other() => "{|LG0001:{{TestKeys.OpenAi(2)}}|}";

                public int Length => ApiKey.Length;
            }
            """);
        test.TestState.Sources.Add($$"""
            using System.Collections.Generic;

            public class Second
            {
                public List<string> Keys() => new() { "{|LG0001:{{TestKeys.OpenAi(4)}}|}", "{|LG0001:{{TestKeys.GitHubClassic(5)}}|}" };
            }
            """);
        test.FixedState.Sources.Add($$"""
            using System;

            namespace App;

            // Rotated: [redacted OpenAI key: rotate it and read it from configuration]
            public class First
            {
                private static readonly string ApiKey = {{EnvironmentRead}};

                public string Other() => {{EnvironmentRead}};

                public int Length => ApiKey.Length;
            }
            """);
        test.FixedState.Sources.Add($$"""
            using System;
            using System.Collections.Generic;

            public class Second
            {
                public List<string> Keys() => new() { {{EnvironmentRead}}, Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.") };
            }
            """);
        test.CodeActionEquivalenceKey = Verify.EnvironmentVariable;
        test.NumberOfIncrementalIterations = 5;
        test.NumberOfFixAllIterations = 1;

        // Fix All in document fixes one document per pass; there are two.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task Configuration_fix_all_leaves_keys_without_a_configuration_in_scope()
    {
        var test = Verify.Create();
        test.TestCode = $$"""
            using System;
            using Microsoft.Extensions.Configuration;

            public class Client(IConfiguration configuration)
            {
                public string First() => "{|LG0001:{{TestKeys.OpenAi(1)}}|}";

                public string Second() => "{|LG0001:{{TestKeys.OpenAi(2)}}|}";

                public static string Third() => "{|LG0001:{{TestKeys.OpenAi(3)}}|}";
            }
            """;
        test.FixedState.Sources.Add("""
            using System;
            using Microsoft.Extensions.Configuration;

            public class Client(IConfiguration configuration)
            {
                public string First() => configuration["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>");

                public string Second() => configuration["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>");

                public static string Third() => "THIRD";
            }
            """.Replace("THIRD", TestKeys.OpenAi(3), System.StringComparison.Ordinal));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("LG0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(10, 38, 10, 38 + TestKeys.OpenAi(3).Length).WithArguments("OpenAI", Redacted(TestKeys.OpenAi(3))));
        test.CodeActionEquivalenceKey = Verify.Configuration;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    private static string Redacted(string key) => LeakGuard.Engine.Redactor.Redact(key);
}
