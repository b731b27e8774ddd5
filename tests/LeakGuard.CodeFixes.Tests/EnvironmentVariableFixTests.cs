using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

public class EnvironmentVariableFixTests
{
    private static readonly string Key = TestKeys.OpenAi();

    [Fact]
    public Task Literal_without_using_System_reads_the_variable_and_adds_the_using() => Verify.FixAsync(
        $$"""
        namespace App;

        public class Client
        {
            public string ApiKey() => "{|LG0001:{{Key}}|}";
        }
        """,
        """
        using System;

        namespace App;

        public class Client
        {
            public string ApiKey() => Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.");
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Key_known_by_the_name_it_is_bound_to_reads_its_provider_variable() => Verify.FixAsync(
        $$"""
        using System;

        public class Weather
        {
            private readonly string openWeatherKey = "{|LG0001:{{FakeKey.Random(FakeKey.Hex, 32, 41)}}|}";

            public int Length => openWeatherKey.Length;
        }
        """,
        """
        using System;

        public class Weather
        {
            private readonly string openWeatherKey = Environment.GetEnvironmentVariable("OPENWEATHERMAP_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENWEATHERMAP_API_KEY' is not set.");

            public int Length => openWeatherKey.Length;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Key_of_a_header_that_only_the_header_name_tells_apart_moves_to_the_environment() => Verify.FixAsync(
        $$"""
        using System;
        using System.Net.Http;

        public class Api
        {
            public void Configure(HttpClient client) => client.DefaultRequestHeaders.Add("X-Api-Key", "{|LG0001:{{FakeKey.Random(FakeKey.Base62, 32, 42)}}|}");
        }
        """,
        """
        using System;
        using System.Net.Http;

        public class Api
        {
            public void Configure(HttpClient client) => client.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("API_KEY") ?? throw new InvalidOperationException("Environment variable 'API_KEY' is not set."));
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Literal_with_using_System_keeps_a_single_using() => Verify.FixAsync(
        $$"""
        using System;
        using System.Collections.Generic;

        namespace App
        {
            public class Client
            {
                private readonly Dictionary<string, string> headers = new();

                public void Authorize()
                {
                    headers["Authorization"] = "{|LG0001:{{Key}}|}";
                }
            }
        }
        """,
        """
        using System;
        using System.Collections.Generic;

        namespace App
        {
            public class Client
            {
                private readonly Dictionary<string, string> headers = new();

                public void Authorize()
                {
                    headers["Authorization"] = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.");
                }
            }
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Argument_keeps_the_surrounding_formatting_and_needs_parentheses_inside_an_operator() => Verify.FixAsync(
        $$"""
        using System;

        public static class Client
        {
            public static int Send(string key, int retries) => key.Length + retries;

            public static int Run()   =>   Send(
                "{|LG0001:{{Key}}|}",
                retries:  3) + ("{|LG0001:{{TestKeys.OpenAi(2)}}|}").Length;
        }
        """,
        """
        using System;

        public static class Client
        {
            public static int Send(string key, int retries) => key.Length + retries;

            public static int Run()   =>   Send(
                Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set."),
                retries:  3) + (Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")).Length;
        }
        """,
        Verify.EnvironmentVariable,
        diagnostics: 2);

    [Fact]
    public Task A_GitHub_token_reads_its_own_variable() => Verify.FixAsync(
        $$"""
        class Client
        {
            string token = "{|LG0001:{{TestKeys.GitHubClassic()}}|}";
        }
        """,
        """
        using System;

        class Client
        {
            string token = Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new InvalidOperationException("Environment variable 'GITHUB_TOKEN' is not set.");
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task A_literal_with_more_than_the_key_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        class Client
        {
            string header = "Bearer {|LG0001:{{Key}}|}";
        }
        """);

    [Fact]
    public Task A_connection_string_moves_whole_to_its_environment_variable() => Verify.FixAsync(
        $$"""
        using System;

        public class Shop
        {
            public string Database() => "Server=db.internal;Database=shop;User Id=shop;Password={|LG0001:{{FakeKey.Random(FakeKey.Base62, 20, 8)}}|};";
        }
        """,
        """
        using System;

        public class Shop
        {
            public string Database() => Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? throw new InvalidOperationException("Environment variable 'ConnectionStrings__Default' is not set.");
        }
        """,
        Verify.EnvironmentVariable);
}
