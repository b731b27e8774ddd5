using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RailsRules
{
    private static readonly Remediation Remediation = new(
        "https://guides.rubyonrails.org/security.html#custom-credentials",
        "Rails:SecretKeyBase",
        "SECRET_KEY_BASE");

    // `rails secret` (`rake secret`) prints 128 hex characters; Rails 3 and 4.0 wrote one into
    // config/initializers/secret_token.rb, later versions into config/secrets.yml. Whoever knows it signs and decrypts
    // the application's cookies, and with a Marshal cookie serializer runs code on the server.
    private const string Hex = "(?<secret>[0-9a-f]{64,128})";

    // config.secret_key_base = "…", Rails 3's config.secret_token = '…', and a default behind ENV (ENV['…'] || "…").
    private const string RubyAssignment =
        "(?:secret_key_base|\\.secret_token)[ \\t]*=[ \\t]*(?:ENV(?:\\[[^\\]\\r\\n]{1,40}\\][ \\t]*\\|\\||\\.fetch\\([^,\\r\\n)]{1,40},)[ \\t]*)?[\"']"
        + Hex + "[\"']";

    // SECRET_KEY_BASE=…, as a .env file, a shell, a Dockerfile's ENV or a compose file's environment sets it.
    private const string EnvironmentVariable = "(?:^|[^A-Za-z0-9_])[A-Z_]{0,20}SECRET_KEY_BASE[\"']?[ \\t]*[=: \\t][ \\t]*[\"']?" + Hex + "(?:$|[^0-9A-Za-z])";

    // The secret_key_base of config/secrets.yml's production (or staging, shared) block. The development and test
    // blocks that `rails new` generates sign only local cookies and are meant to be committed.
    private const string SecretsYamlBlock =
        "(?:^|\\n)(?:production|staging|prod|shared)[ \\t]*:[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n|[ \\t]+[^\\n]*\\n)*?[ \\t]+secret_key_base[ \\t]*:[ \\t]*[\"']?"
        + Hex + "(?:$|[^0-9A-Za-z])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rails-secret-key-base",
            "Ruby on Rails",
            "Rails secret_key_base or secret_token (signs and encrypts the application's cookies)",
            $"{RubyAssignment}|{EnvironmentVariable}|{SecretsYamlBlock}",
            new[] { "secret_key_base", "secret_token" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
