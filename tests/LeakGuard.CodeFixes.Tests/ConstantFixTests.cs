using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

public class ConstantFixTests
{
    private const string EnvironmentRead =
        """Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'OPENAI_API_KEY' is not set.")""";

    private static readonly string Key = TestKeys.OpenAi();

    private static readonly string SigningKey = FakeKey.Of("mysuper", "secret_", "signingkey!", FakeKey.Random(FakeKey.Hex, 4, 31));

    [Fact]
    public Task Const_field_used_normally_becomes_static_readonly() => Verify.FixAsync(
        $$"""
        using System;

        public class Client
        {
            // The key for the chat API.
            private const string ApiKey = "{|LG0001:{{Key}}|}";

            public int Length => ApiKey.Length;
        }

        public class Other
        {
            public string Echo(string value) => value;
        }
        """,
        $$"""
        using System;

        public class Client
        {
            // The key for the chat API.
            private static readonly string ApiKey = {{EnvironmentRead}};

            public int Length => ApiKey.Length;
        }

        public class Other
        {
            public string Echo(string value) => value;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Tutorial_signing_key_is_read_from_the_JWT_variable() => Verify.FixAsync(
        $$"""
        using System;
        using System.Text;

        public class SymmetricSecurityKey
        {
            public SymmetricSecurityKey(byte[] key) { }
        }

        public class AuthOptions
        {
            public const string ISSUER = "MyAuthServer";
            const string KEY = "{|LG0001:{{SigningKey}}|}";
            public static SymmetricSecurityKey GetSymmetricSecurityKey() => new SymmetricSecurityKey(Encoding.ASCII.GetBytes(KEY));
        }
        """,
        $$"""
        using System;
        using System.Text;

        public class SymmetricSecurityKey
        {
            public SymmetricSecurityKey(byte[] key) { }
        }

        public class AuthOptions
        {
            public const string ISSUER = "MyAuthServer";
            static readonly string KEY = Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'JWT_SIGNING_KEY' is not set.");
            public static SymmetricSecurityKey GetSymmetricSecurityKey() => new SymmetricSecurityKey(Encoding.ASCII.GetBytes(KEY));
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Public_const_used_from_another_class_becomes_static_readonly() => Verify.FixAsync(
        $$"""
        using System;

        public static class Keys
        {
            public const string OpenAi = "{|LG0001:{{Key}}|}";
        }

        public class Client
        {
            public string Header() => "Bearer " + Keys.OpenAi;
        }
        """,
        $$"""
        using System;

        public static class Keys
        {
            public static readonly string OpenAi = {{EnvironmentRead}};
        }

        public class Client
        {
            public string Header() => "Bearer " + Keys.OpenAi;
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Const_local_loses_const() => Verify.FixAsync(
        $$"""
        using System;

        public class Client
        {
            public int Send()
            {
                const string key = "{|LG0001:{{Key}}|}";
                return key.Length;
            }
        }
        """,
        $$"""
        using System;

        public class Client
        {
            public int Send()
            {
                string key = {{EnvironmentRead}};
                return key.Length;
            }
        }
        """,
        Verify.EnvironmentVariable);

    [Fact]
    public Task Const_local_reads_configuration_in_scope() => Verify.FixAsync(
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            public int Send()
            {
                const string key = "{|LG0001:{{Key}}|}";
                return key.Length;
            }
        }
        """,
        """
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            public int Send()
            {
                string key = configuration["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>");
                return key.Length;
            }
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Const_field_reads_a_static_configuration() => Verify.FixAsync(
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            public static IConfiguration Settings { get; set; } = null!;

            private const string ApiKey = "{|LG0001:{{Key}}|}";

            public int Length => ApiKey.Length;
        }
        """,
        """
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            public static IConfiguration Settings { get; set; } = null!;

            private static readonly string ApiKey = Settings["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>");

            public int Length => ApiKey.Length;
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Const_field_offers_no_configuration_fix_when_only_an_instance_one_exists() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            private const string ApiKey = "{|LG0001:{{Key}}|}";

            public int Length => ApiKey.Length + configuration.GetHashCode();
        }
        """,
        Verify.Configuration);

    [Theory]
    [InlineData("[System.Obsolete(ApiKey)] public void Use() { }")]
    [InlineData("public int Use(string s) { switch (s) { case ApiKey: return 1; default: return 0; } }")]
    [InlineData("public bool Use(string s) => s is ApiKey;")]
    [InlineData("public void Use(string s = ApiKey) { }")]
    [InlineData("private const string Header = \"Bearer \" + ApiKey;")]
    public Task Const_needed_as_a_constant_is_not_fixed(string use) => Verify.NoFixAsync(
        $$"""
        public class Client
        {
            private const string ApiKey = "{|LG0001:{{Key}}|}";

            {{use}}
        }
        """);

    [Theory]
    [InlineData("[System.Obsolete(KEY)] public void Use() { }")]
    [InlineData("public int Use(string s) { switch (s) { case KEY: return 1; default: return 0; } }")]
    [InlineData("public int Use(string s) => s switch { KEY => 1, _ => 0 };")]
    [InlineData("public void Use(string s = KEY) { }")]
    public Task Literal_where_a_constant_is_required_is_not_fixed(string member) => Verify.NoFixAsync(
        $$"""
        public class Client
        {
            {{member.Replace("KEY", "\"{|LG0001:" + Key + "|}\"", System.StringComparison.Ordinal)}}
        }
        """);
}
