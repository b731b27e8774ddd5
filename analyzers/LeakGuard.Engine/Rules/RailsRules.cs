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

    private static readonly Remediation MasterKeyRemediation = new(
        "https://guides.rubyonrails.org/security.html#custom-credentials",
        "Rails:MasterKey",
        "RAILS_MASTER_KEY")
    {
        Steps = new[]
        {
            "Rotate the key: decrypt config/credentials.yml.enc with it, delete config/master.key and the encrypted file, run `bin/rails credentials:edit` to make a new pair, and rotate every credential the old file held (anyone with the repository and the key read them).",
            "Give RAILS_MASTER_KEY to deployments from the platform's secret store (Kamal's .kamal/secrets, the CI's secret variables), never from a committed file.",
        },
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The key of config/credentials.yml.enc (32 hex digits, as config/master.key holds it), given to a deployment by
        // name: a .env file, a Dockerfile's ENV, a CI or Kamal deploy file. With it, the encrypted credentials in the
        // repository are plain text.
        new SecretRule(
            "rails-master-key",
            "Ruby on Rails",
            "Rails master key (RAILS_MASTER_KEY: decrypts config/credentials.yml.enc)",
            Patterns.AssignedTo("rails_master_key", "[0-9a-f]{32}"),
            new[] { "rails_master_key" },
            MasterKeyRemediation)
        {
            MinEntropy = 3,
        },
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
