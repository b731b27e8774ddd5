using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.CodeFixes.Tests;

public class ConfigurationFixTests
{
    private const string Lookup =
        """["OpenAI:ApiKey"] ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>")""";

    private static readonly string Key = TestKeys.OpenAi();

    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 20, 7);

    [Fact]
    public Task Field() => Verify.FixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            private readonly IConfiguration configuration;

            public Client(IConfiguration configuration) => this.configuration = configuration;

            public string ApiKey() => "{|LG0001:{{Key}}|}";
        }
        """,
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            private readonly IConfiguration configuration;

            public Client(IConfiguration configuration) => this.configuration = configuration;

            public string ApiKey() => configuration{{Lookup}};
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Property_of_a_derived_interface() => Verify.FixAsync(
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            public IConfigurationRoot Settings { get; set; } = null!;

            public int Send()
            {
                var key = "{|LG0001:{{Key}}|}";
                return key.Length;
            }
        }
        """,
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            public IConfigurationRoot Settings { get; set; } = null!;

            public int Send()
            {
                var key = Settings{{Lookup}};
                return key.Length;
            }
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Parameter() => Verify.FixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public static class Startup
        {
            public static string Configure(IConfiguration config) => "{|LG0001:{{Key}}|}";
        }
        """,
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public static class Startup
        {
            public static string Configure(IConfiguration config) => config{{Lookup}};
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task Primary_constructor_parameter_in_a_field_initializer() => Verify.FixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            private readonly string apiKey = "{|LG0001:{{Key}}|}";

            public int Length => apiKey.Length + configuration.GetHashCode();
        }
        """,
        $$"""
        using System;
        using Microsoft.Extensions.Configuration;

        public class Client(IConfiguration configuration)
        {
            private readonly string apiKey = configuration{{Lookup}};

            public int Length => apiKey.Length + configuration.GetHashCode();
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task A_static_method_cannot_read_an_instance_field() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            private readonly IConfiguration configuration = null!;

            public IConfiguration Configuration => configuration;

            public static string ApiKey() => "{|LG0001:{{Key}}|}";
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task An_instance_field_initializer_cannot_read_an_instance_field() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            private readonly IConfiguration configuration = null!;

            private readonly string apiKey = "{|LG0001:{{Key}}|}";

            public int Length => apiKey.Length + configuration.GetHashCode();
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task A_connection_string_moves_whole_to_its_configuration_key() => Verify.FixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Shop
        {
            private readonly IConfiguration configuration;

            public Shop(IConfiguration configuration) => this.configuration = configuration;

            public string Database() => "Server=db.internal;Database=shop;User Id=shop;Password={|LG0001:{{Password}}|};";
        }
        """,
        """
        using System;
        using Microsoft.Extensions.Configuration;

        public class Shop
        {
            private readonly IConfiguration configuration;

            public Shop(IConfiguration configuration) => this.configuration = configuration;

            public string Database() => configuration["ConnectionStrings:Default"] ?? throw new InvalidOperationException("Missing configuration value 'ConnectionStrings:Default'. Set it with: dotnet user-secrets set \"ConnectionStrings:Default\" <key>");
        }
        """,
        Verify.Configuration);

    [Fact]
    public Task A_key_inside_a_longer_string_that_is_not_a_connection_string_is_not_moved() => Verify.NoFixAsync(
        $$"""
        using Microsoft.Extensions.Configuration;

        public class Client
        {
            private readonly IConfiguration configuration;

            public Client(IConfiguration configuration) => this.configuration = configuration;

            public string Header() => "Bearer {|LG0001:{{Key}}|}";
        }
        """,
        Verify.Configuration);
}
