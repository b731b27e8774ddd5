using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RailsRulesSamples
{
    private const string Hex = "0123456789abcdef";

    private static readonly string Key = FakeKey.Random(Hex, 128, 1);

    private static readonly string OtherKey = FakeKey.Random(Hex, 128, 2);

    private static readonly string SecretsYaml =
        $"development:\n  secret_key_base: {OtherKey}\n\ntest:\n  secret_key_base: {FakeKey.Random(Hex, 128, 3)}\n\n"
        + $"# Do not keep production secrets in the repository.\nproduction:\n  secret_key_base: {Key}\n";

    private static readonly string MasterKey = FakeKey.Random(Hex, 32, 4);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("rails-master-key", "a .env file", $"RAILS_ENV=production\nRAILS_MASTER_KEY={MasterKey}\n", MasterKey)
        .FindsIn("rails-master-key", "a Dockerfile", $"FROM ruby:3.3-slim\nENV RAILS_MASTER_KEY={MasterKey}\n", MasterKey)
        .FindsIn("rails-master-key", "Kamal's deploy.yml in clear", $"env:\n  clear:\n    RAILS_MASTER_KEY: {MasterKey}\n", MasterKey)
        .FindsIn("rails-master-key", "a GitHub Actions step", $"      - run: bin/rails assets:precompile\n        env:\n          RAILS_MASTER_KEY: \"{MasterKey}\"\n", MasterKey)
        .Ignores("rails-master-key", "the key read from a file or a secret", "RAILS_MASTER_KEY=$(cat config/master.key)\nenv:\n  secret:\n    - RAILS_MASTER_KEY\n          RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}\n")
        .FindsIn("rails-secret-key-base", "Rails 4.0's config/initializers/secret_token.rb", $"Blog::Application.config.secret_key_base = '{Key}'\n", Key)
        .FindsIn("rails-secret-key-base", "Rails 3's secret_token", $"Blog::Application.config.secret_token = \"{Key}\"\n", Key)
        .FindsIn("rails-secret-key-base", "a default behind ENV", $"config.secret_key_base = ENV['SECRET_KEY_BASE'] || '{Key}'\n", Key)
        .FindsIn("rails-secret-key-base", "a default of ENV.fetch", $"config.secret_key_base = ENV.fetch(\"SECRET_KEY_BASE\", \"{Key}\")\n", Key)
        .FindsIn("rails-secret-key-base", "a .env file", $"RAILS_ENV=production\nSECRET_KEY_BASE={Key}\n", Key)
        .FindsIn("rails-secret-key-base", "a Dockerfile", $"ENV SECRET_KEY_BASE {Key}\n", Key)
        .FindsIn("rails-secret-key-base", "a compose file", $"    environment:\n      SECRET_KEY_BASE: \"{Key}\"\n", Key)
        .FindsIn("rails-secret-key-base", "secrets.yml's production block, not the development and test ones", SecretsYaml, Key)
        .FindsIn("rails-secret-key-base", "secrets.yml's production block with a comment in it", $"production:\n  # rails secret\n\n  secret_key_base: \"{Key}\"\n", Key)
        .Ignores("rails-secret-key-base", "secrets.yml's development and test blocks", $"development:\n  secret_key_base: {Key}\n\ntest:\n  secret_key_base: {OtherKey}\n")
        .Ignores("rails-secret-key-base", "production reading the environment", $"development:\n  secret_key_base: {Key}\nproduction:\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>\n")
        .Ignores("rails-secret-key-base", "shorter than 64 characters", $"config.secret_key_base = '{Key[..63]}'")
        .Ignores("rails-secret-key-base", "a placeholder", $"SECRET_KEY_BASE={new string('0', 128)}");
}
