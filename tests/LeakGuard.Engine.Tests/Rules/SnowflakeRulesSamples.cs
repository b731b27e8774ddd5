using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SnowflakeRulesSamples
{
    private static readonly string Password = FakeKey.Of("Wh1te", "Fl4ke", FakeKey.Random(FakeKey.Base62, 6, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("snowflake-password", "Spark connector options", $"sfOptions = {{\n  \"sfURL\": \"xy12345.eu-west-1.snowflakecomputing.com\",\n  \"sfUser\": \"etl\",\n  \"sfPassword\": \"{Password}\",\n}}", Password)
        .FindsIn("snowflake-password", "Scala options", $"\"sfPassword\" -> \"{Password}\",", Password)
        .FindsIn("snowflake-password", "a SQLAlchemy URL", $"engine = create_engine('snowflake://etl:{Password}@xy12345/analytics/public')", Password)
        .Ignores("snowflake-password", "a placeholder", "\"sfPassword\": \"<your password>\",")
        .Ignores("snowflake-password", "a list that names the option and a URL's scheme", "var words = new[] { \"sfPassword\", \"snowflake://\" };");
}
