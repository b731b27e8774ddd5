using System.Globalization;
using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// A key held in a variable whose name a provider's URL takes it from, however far above the URL it stands: the
/// literal the variable is assigned is the key.
/// </summary>
public sealed class ReferencedLiteralTests
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 24);

    [Theory]
    [InlineData("const apiKey = \"{0}\";", "fetch(`https://newsapi.org/v2/top-headlines?country=us&apiKey=${{apiKey}}`);")]
    [InlineData("API_KEY = '{0}'", "url = f\"https://newsapi.org/v2/everything?q={{query}}&apiKey={{API_KEY}}\"")]
    [InlineData("private static final String API_KEY = \"{0}\";", "String url = \"https://newsapi.org/v2/everything?q=\" + query + \"&apiKey=\" + API_KEY;")]
    [InlineData("$key = '{0}';", "$url = 'https://newsapi.org/v2/top-headlines?country=' . $country . '&apiKey=' . $key;")]
    [InlineData("$key = \"{0}\";", "$url = \"https://newsapi.org/v2/top-headlines?country=us&apiKey={{$key}}\";")]
    [InlineData("private const val apiKey = \"{0}\"", "val url = \"https://newsapi.org/v2/top-headlines?country=us&apiKey=$apiKey\"")]
    [InlineData("let apiKey: String = \"{0}\"", "let url = \"https://newsapi.org/v2/top-headlines?country=us&apiKey=\\(apiKey)\"")]
    [InlineData("apiKey := \"{0}\"", "url := \"https://newsapi.org/v2/top-headlines?country=us&apiKey=\" + apiKey")]
    [InlineData("var apiKey string = \"{0}\"", "url := \"https://newsapi.org/v2/top-headlines?country=us&apiKey=\" + apiKey")]
    [InlineData("API_KEY = '{0}'", "url = \"https://newsapi.org/v2/top-headlines?country=us&apiKey=#{{API_KEY}}\"")]
    [InlineData("private const string ApiKey = \"{0}\";", "var url = $\"https://newsapi.org/v2/top-headlines?country=us&apiKey={{ApiKey}}\";")]
    [InlineData("  apiKey: '{0}',", "fetch(`https://newsapi.org/v2/top-headlines?country=us&apiKey=${{this.config.apiKey}}`);")]
    [InlineData("self.api_key = \"{0}\"", "url = \"https://newsapi.org/v2/top-headlines?country=us&apiKey={{self.api_key}}\"")]
    [InlineData("API_KEY={0}", "curl \"https://newsapi.org/v2/top-headlines?country=us&apiKey=$API_KEY\"")]
    [InlineData("export API_KEY=\"{0}\"", "curl \"https://newsapi.org/v2/top-headlines?country=us&apiKey=${{API_KEY}}\"")]
    [InlineData("api_key <- '{0}'", "url <- paste0(\"https://newsapi.org/v2/everything?q=\", q, \"&apiKey=\", api_key)")]
    [InlineData("API_KEY = os.getenv(\"NEWS_KEY\", \"{0}\")", "url = f\"https://newsapi.org/v2/everything?q={{q}}&apiKey={{API_KEY}}\"")]
    [InlineData("const apiKey = process.env.NEWS_KEY || '{0}';", "fetch(`https://newsapi.org/v2/everything?q=${{q}}&apiKey=${{apiKey}}`);")]
    [InlineData("var apiKey = Environment.GetEnvironmentVariable(\"NEWS_KEY\") ?? \"{0}\";", "var url = $\"https://newsapi.org/v2/everything?q={{q}}&apiKey={{apiKey}}\";")]
    [InlineData("API_KEY = '{0}'", "url = f\"https://newsapi.org/v2/everything?q={{q}}&apiKey={{API_KEY.strip()}}\"")]
    [InlineData("var apiKey = \"{0}\";", "$.get(\"https://newsapi.org/v1/articles?source=cnn&sortBy=top&apiKey=\" + apiKey, show);")]
    [InlineData("private static final String API_KEY = \"{0}\";", "String url = \"https://newsapi.org/v2/everything?q=\" + query +\n        \"&sortBy=popularity&apiKey=\"\n        + API_KEY + \"&pageSize=20\";")]
    [InlineData("params = {{'key': '{0}'}}", "url = 'https://newsapi.org/v2/top-headlines?country=us&apiKey=%(key)s' % params")]
    public void Finds_the_literal_a_url_takes_its_key_from(string assignment, string use)
    {
        var text = string.Format(CultureInfo.InvariantCulture, assignment + "\n{1}" + use + "\n", Key, RuleSamples.PageOfCode);

        var finding = Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);

        Assert.Equal("newsapi-api-key", finding.Rule.Id);
        Assert.Equal(Key, finding.Secret);
        Assert.Equal(text.IndexOf(Key, System.StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void Reports_every_key_the_name_is_given()
    {
        var other = FakeKey.Random(FakeKey.Hex, 32, 25);
        var text = $"string apiKey;\nif (quota < 25)\n{{\n    apiKey = \"{other}\";\n}}\nelse\n{{\n    apiKey = \"{Key}\";\n}}\n{RuleSamples.PageOfCode}"
            + "url = $\"https://newsapi.org/v2/everything?q={q}&apiKey={apiKey}\";\n";

        var findings = SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings;

        Assert.Equal(new[] { other, Key }, findings.Select(f => f.Secret));
    }

    [Fact]
    public void Takes_an_assignment_after_the_url()
    {
        var text = $"def get(q):\n    return requests.get(f\"https://newsapi.org/v2/everything?q={{q}}&apiKey={{API_KEY}}\")\n{RuleSamples.PageOfCode}API_KEY = \"{Key}\"\n";

        Assert.Equal(Key, Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings).Secret);
    }

    [Theory]
    [InlineData("const apiKey = process.env.NEWS_KEY;\nconst other = \"{0}\";")]
    [InlineData("const apiKey = \"YOUR_API_KEY\";\nconst other = \"{0}\";")]
    [InlineData("const myApiKey = \"{0}\";")]
    [InlineData("const apiKeys = \"{0}\";")]
    [InlineData("if (apiKey == \"{0}\") {{ }}")]
    [InlineData("const apiKey = \"{0}abc\";")]
    public void Ignores_a_name_that_holds_no_key_of_the_shape(string assignment)
    {
        var text = string.Format(CultureInfo.InvariantCulture, assignment, Key) + "\n" + RuleSamples.PageOfCode
            + "fetch(`https://newsapi.org/v2/top-headlines?country=us&apiKey=${apiKey}`);\n";

        Assert.Empty(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);
    }

    [Fact]
    public void A_url_of_another_host_says_nothing_of_the_variable()
    {
        var text = $"const apiKey = \"{Key}\";\n{RuleSamples.PageOfCode}fetch(`https://example.org/v2/top-headlines?country=us&apiKey=${{apiKey}}`);\n";

        Assert.Empty(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);
    }

    [Fact]
    public void A_rule_that_finds_the_key_by_the_words_near_it_also_reads_the_url()
    {
        var text = $"const apiKey = \"{Key}\";\n{RuleSamples.PageOfCode}fetch(`https://api.openweathermap.org/data/2.5/weather?q=${{city}}&appid=${{apiKey}}`);\n";

        var finding = Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);

        Assert.Equal("openweathermap-api-key", finding.Rule.Id);
        Assert.Equal(Key, finding.Secret);
    }

    [Theory]
    [InlineData("uri = URI(\"#{BASE_URL}?q=#{city_name},CA&appid=#{API_KEY}&units=metric\")")]
    [InlineData("url = BASE_URL + \"?q=\" + city +\n    \"&appid=\" +\n    API_KEY;")]
    public void A_rule_that_needs_the_words_near_the_key_reads_a_url_whose_host_another_string_holds(string use)
    {
        var text = $"API_KEY = \"{Key}\"\n{RuleSamples.PageOfCode}BASE_URL = \"https://api.openweathermap.org/data/2.5/weather\"\n{use}\n";

        var finding = Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);

        Assert.Equal("openweathermap-api-key", finding.Rule.Id);
        Assert.Equal(Key, finding.Secret);
    }

    [Fact]
    public void A_parameter_without_the_provider_named_near_it_says_nothing()
    {
        var text = $"API_KEY = \"{Key}\"\n{RuleSamples.PageOfCode}uri = URI(\"#{{BASE_URL}}?q=#{{city_name}}&appid=#{{API_KEY}}\")\n";

        Assert.Empty(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);
    }

    [Fact]
    public void A_parameter_whose_host_no_string_near_it_names_says_nothing()
    {
        var text = $"const apiKey = \"{Key}\";\nconst base = \"https://newsapi.org/v2/everything\";\n{RuleSamples.PageOfCode}fetch(`${{base}}?q=${{q}}&apiKey=${{apiKey}}`);\n";

        Assert.Empty(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);
    }

    [Fact]
    public void A_parameter_whose_host_a_string_near_it_names_takes_the_key()
    {
        var text = $"const apiKey = \"{Key}\";\n{RuleSamples.PageOfCode}const base = \"https://newsapi.org/v2/everything\";\nfetch(`${{base}}?q=${{q}}&apiKey=${{apiKey}}`);\n";

        Assert.Equal(Key, Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings).Secret);
    }

    [Fact]
    public void A_name_given_other_providers_keys_in_other_functions_is_each_one_s_nearest_use()
    {
        var weather = FakeKey.Random(FakeKey.Hex, 32, 26);
        var text = $"def weather(city):\n    api_key = \"{weather}\"\n    return get(\"https://api.openweathermap.org/data/2.5/weather?q=\" + city + \"&appid=\" + api_key)\n{RuleSamples.PageOfCode}"
            + $"def news(q):\n    api_key = \"{Key}\"\n    return get(f\"https://newsapi.org/v2/everything?q={{q}}&apiKey={{api_key}}\")\n";

        var findings = SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings;

        Assert.Equal(new[] { (weather, "openweathermap-api-key"), (Key, "newsapi-api-key") }, findings.Select(f => (f.Secret, f.Rule.Id)));
    }

    [Fact]
    public void A_url_that_takes_the_key_twice_reports_it_once()
    {
        var use = "get(`https://newsapi.org/v2/everything?q=${q}&apiKey=${apiKey}`);\n";
        var text = $"const apiKey = \"{Key}\";\n{RuleSamples.PageOfCode}{use}{use}";

        Assert.Equal(Key, Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings).Secret);
    }

    [Fact]
    public void Every_rule_that_reads_a_name_says_what_its_literal_must_be()
    {
        foreach (var rule in SecretScanner.Default.Rules)
        {
            var readsName = new System.Text.RegularExpressions.Regex(rule.Pattern).GetGroupNames().Contains("ref");
            Assert.True(readsName == (rule.ReferencedValue is not null), rule.Id);
        }
    }

    /// <summary>
    /// A text that takes a key by name says so, whatever it assigns the name, so that a caller that scanned a part of a
    /// file knows the file's other parts may name a key; a text that only assigns a key-shaped literal does not.
    /// </summary>
    [Theory]
    [InlineData("fetch(`https://newsapi.org/v2/top-headlines?country=us&apiKey=${apiKey}`);", true)]
    [InlineData("fetch(`https://newsapi.org/v2/top-headlines?country=us&apiKey=${apiKey}`);\nconst apiKey = \"KEY\";", true)]
    [InlineData("const apiKey = \"KEY\";", false)]
    [InlineData("fetch(`https://example.com/v2/top-headlines?country=us&apiKey=${apiKey}`);", false)]
    public void A_text_that_takes_a_key_by_name_says_so(string text, bool takes)
    {
        var result = SecretScanner.Default.Scan(text.Replace("KEY", Key, System.StringComparison.Ordinal));

        Assert.Equal(takes, result.TakesKeyByName);
    }

    /// <summary>
    /// Where a name could stand (<c>OPENWEATHER_APPID=…</c>, <c>serviceKey=…</c>), a key written bare is the key: what
    /// the name's pattern takes for a name, when it is one that starts with a letter, must not hide it.
    /// </summary>
    [Theory]
    [InlineData("openweathermap-api-key", "OPENWEATHER_APPID={0}\n", "e")]
    [InlineData("openweathermap-api-key", "openweather:\n  appid: {0}\n", "b")]
    [InlineData("openweathermap-api-key", "# openweather\ncurl 'https://example.org/proxy?appid={0}&q=Paris'\n", "c")]
    [InlineData("data-go-kr-service-key", "DATA_GO_KR_SERVICE_KEY={0}\n", "Fq/")]
    public void A_key_written_bare_where_a_name_could_stand_is_found(string ruleId, string format, string start)
    {
        var key = ruleId == "openweathermap-api-key"
            ? start + FakeKey.Random(FakeKey.Hex, 31, 26)
            : FakeKey.Of(start, FakeKey.Random(FakeKey.Base64, 83, 27), "==");
        var text = string.Format(CultureInfo.InvariantCulture, format, key);

        var finding = Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);

        Assert.Equal(ruleId, finding.Rule.Id);
        Assert.Equal(key, finding.Secret);
    }
}
