using System.Globalization;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>Every form the analyzer reports, fixed (or declined) from the exact location the analyzer gives.</summary>
public class SourceFormFixTests
{
    private const string EnvironmentRead =
        """Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")""";

    private const string Marker = "[redacted OpenAI key: rotate it and read it from configuration]";

    private static readonly string Key = TestKeys.OpenAi();

    private static readonly string RazorpayKeyId = FakeKey.Of("rzp_", "test_", FakeKey.Random(FakeKey.Base62, 14, 12));

    private static readonly string RazorpaySecret = FakeKey.Random(FakeKey.Base62, 24, 13);

    [Fact]
    public Task Key_in_a_line_comment_is_removed_and_the_comment_kept() => Verify.FixAsync(
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
    public Task Key_that_the_comment_above_tells_apart_is_removed() => Verify.FixAsync(
        $$"""
        class Client
        {
            // key id: {{RazorpayKeyId}}
            // secret: {|LG0001:{{RazorpaySecret}}|}
            int retries = 3;
        }
        """,
        $$"""
        class Client
        {
            // key id: {{RazorpayKeyId}}
            // secret: [redacted Razorpay key: rotate it and read it from configuration]
            int retries = 3;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Key_in_a_block_comment_is_removed() => Verify.FixAsync(
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
    public Task Key_in_a_documentation_comment_is_removed() => Verify.FixAsync(
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
    public Task Comment_offers_no_configuration_action() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        class Client(IConfiguration configuration)
        {
            // {|LG0001:{{Key}}|}
            public IConfiguration Settings => configuration;
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Key_in_inactive_code_is_removed_there_and_the_active_branch_is_fixed_on_its_own() => Verify.FixAsync(
        $$"""
        class Client
        {
        #if LEGACY
            string key = "{|LG0001:{{Key}}|}";
        #else
            string key = "{|LG0001:{{TestKeys.OpenAi(2)}}|}";
        #endif
        }
        """,
        $$"""
        using System;

        class Client
        {
        #if LEGACY
            string key = "{{Marker}}";
        #else
            string key = {{EnvironmentRead}};
        #endif
        }
        """,
        Verify.EnvironmentVariable,
        diagnostics: 2);

    [Fact]
    public Task Inactive_code_offers_no_configuration_action() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        class Client(IConfiguration configuration)
        {
        #if LEGACY
            string key = "{|LG0001:{{Key}}|}";
        #endif
            public IConfiguration Settings => configuration;
        }
        """,
        Verify.Configuration);

    [Theory]
    [InlineData("\"\"\"", "\"\"\"")]
    [InlineData("@\"", "\"")]
    [InlineData("$\"", "\"")]
    [InlineData("$@\"", "\"")]
    [InlineData("$\"\"\"", "\"\"\"")]
    [InlineData("$$\"\"\"", "\"\"\"")]
    public Task Literal_forms_holding_only_the_key_are_replaced(string open, string close) => Verify.FixAsync(
        $$"""
        class Client
        {
            string key = {{open}}{|LG0001:{{Key}}|}{{close}};
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
    public Task Literal_with_an_escape_sequence_inside_the_key_is_reported_whole_and_replaced()
    {
        var escaped = Key[..10] + "\\u" + ((int)Key[10]).ToString("x4", CultureInfo.InvariantCulture) + Key[11..];

        return Verify.FixAsync(
            $$"""
            class Client
            {
                string key = {|LG0001:"{{escaped}}"|};
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
    }

    [Fact]
    public Task Utf8_literal_becomes_the_bytes_of_the_variable() => Verify.FixAsync(
        $$"""
        using System;

        class Client
        {
            int Send(ReadOnlySpan<byte> key) => key.Length;

            int Run() => Send("{|LG0001:{{Key}}|}"u8);
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
    public Task Concatenation_that_is_the_whole_key_is_replaced_whole() => Verify.FixAsync(
        $$"""
        class Client
        {
            string key = {|LG0001:"{{Key[..20]}}"
                + "{{Key[20..]}}"|};
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
    public Task Parenthesized_concatenation_reported_from_its_first_to_its_last_literal_is_replaced_whole() => Verify.FixAsync(
        $$"""
        class Client
        {
            string key = ({|LG0001:"{{Key[..20]}}" + "") + ("{{Key[20..]}}"|});
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
    public Task Chain_whose_only_key_one_literal_holds_is_replaced_whole() => Verify.FixAsync(
        $$"""
        class Client
        {
            string key = "" + "{|LG0001:{{Key}}|}";
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
    public Task Concatenation_of_utf8_literals_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        using System;

        class Client
        {
            static ReadOnlySpan<byte> Key => {|LG0001:"{{Key[..20]}}"u8 + "{{Key[20..]}}"u8|};
        }
        """);

    [Fact]
    public Task Concatenation_with_more_than_the_key_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        class Client
        {
            string header = "Bearer " + "{|LG0001:{{Key}}|}";
        }
        """);

    [Fact]
    public Task Run_of_literals_after_a_variable_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        class Client
        {
            static string Header(string scheme) => scheme + {|LG0001:"{{Key[..20]}}" + "{{Key[20..]}}"|};
        }
        """);

    [Fact]
    public Task Interpolated_text_next_to_a_hole_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        class Client
        {
            static string Header(string scheme) => $"{scheme} {|LG0001:{{Key}}|}";
        }
        """);

    [Fact]
    public Task Interpolated_key_bound_to_FormattableString_is_not_fixed() => Verify.NoFixAsync(
        $$"""
        class Client
        {
            System.FormattableString key = $"{|LG0001:{{Key}}|}";
        }
        """);
}
