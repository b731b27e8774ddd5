using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>Forms the analyzer is being extended to report, driven by <see cref="ContractAnalyzerDouble"/>.</summary>
public class ContractFormFixTests
{
    private const string EnvironmentRead =
        """Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")""";

    private const string Marker = "[redacted OpenAI key: rotate it and read it from configuration]";

    private static readonly string Key = TestKeys.OpenAi();

    [Fact]
    public Task Key_in_a_line_comment_is_removed_and_the_comment_kept() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            // Old key was {|LG0001:{{Key}}|}, do not use.
            int retries = 3;
        }
        """,
        $$"""
        class Client
        {
            // Old key was {{Marker}}, do not use.
            int retries = 3;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Key_in_a_block_comment_is_removed() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            /* key: {|LG0001:{{Key}}|}
               second line stays */
            int retries = 3;
        }
        """,
        $$"""
        class Client
        {
            /* key: {{Marker}}
               second line stays */
            int retries = 3;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Key_in_a_documentation_comment_is_removed() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            /// <summary>Calls the API.</summary>
            /// <remarks>Tested with {|LG0001:{{Key}}|}.</remarks>
            public void Call() { }
        }
        """,
        $$"""
        class Client
        {
            /// <summary>Calls the API.</summary>
            /// <remarks>Tested with {{Marker}}.</remarks>
            public void Call() { }
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Comment_offers_no_configuration_action() => Verify.NoFixAsync<ContractAnalyzerDouble>(
        $$"""
        using Microsoft.Extensions.Configuration;

        class Client(IConfiguration configuration)
        {
            // {|LG0001:{{Key}}|}
            public IConfiguration Settings => configuration;
        }
        """,
        Verify.Configuration);

    [Theory]
    [InlineData("\"\"\"", "\"\"\"")]
    [InlineData("@\"", "\"")]
    public Task Raw_and_verbatim_literals_holding_only_the_key_are_replaced(string open, string close) => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            string key = [|{{open}}{{Key}}{{close}}|];
        }
        """.Replace("[|", "{|LG0001:", System.StringComparison.Ordinal).Replace("|]", "|}", System.StringComparison.Ordinal),
        $$"""
        using System;

        class Client
        {
            string key = {{EnvironmentRead}};
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Interpolated_string_holding_only_the_key_is_replaced() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            string key = $"{|LG0001:{{Key}}|}";
        }
        """,
        $$"""
        using System;

        class Client
        {
            string key = {{EnvironmentRead}};
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Utf8_literal_becomes_the_bytes_of_the_variable() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        using System;

        class Client
        {
            int Send(ReadOnlySpan<byte> key) => key.Length;

            int Run() => Send({|LG0001:"{{Key}}"u8|});
        }
        """,
        $$"""
        using System;
        using System.Text;

        class Client
        {
            int Send(ReadOnlySpan<byte> key) => key.Length;

            int Run() => Send(Encoding.UTF8.GetBytes({{EnvironmentRead}}));
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Concatenation_that_is_the_whole_key_is_replaced_whole() => Verify.FixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            string key = {|LG0001:"{{Key[..20]}}"|}
                + "{{Key[20..]}}";
        }
        """,
        $$"""
        using System;

        class Client
        {
            string key = {{EnvironmentRead}};
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Concatenation_with_more_than_the_key_is_not_fixed() => Verify.NoFixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            string header = {|LG0001:"Bearer "|} + "{{Key}}";
        }
        """);

    [Fact]
    public Task Interpolated_text_next_to_a_hole_is_not_fixed() => Verify.NoFixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            static string Header(string scheme) => $"{scheme}{|LG0001: {{Key}}|}";
        }
        """);

    [Fact]
    public Task Interpolated_key_bound_to_FormattableString_is_not_fixed() => Verify.NoFixAsync<ContractAnalyzerDouble>(
        $$"""
        class Client
        {
            System.FormattableString key = $"{|LG0001:{{Key}}|}";
        }
        """);
}
