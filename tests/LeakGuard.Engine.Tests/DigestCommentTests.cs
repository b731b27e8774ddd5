using Xunit;

namespace LeakGuard.Engine.Tests;

public class DigestCommentTests
{
    private const string Value = "VALUE";

    [Theory]
    [InlineData("CACHE_KEY = \"VALUE\"  # md5 of the prompt template", true)]
    [InlineData("etag: VALUE // SHA-256 of the body", true)]
    [InlineData("const pin = 'VALUE'; /* checksum */", true)]
    [InlineData("API_KEY = \"VALUE\"  # rotated every 90 days", false)]
    [InlineData("TOKEN = \"VALUE\"  # hashicorp vault token", false)]
    [InlineData("KEY = \"VALUE\" + hash", false)]
    [InlineData("KEY = \"VALUE\"\n# md5 of the file below", false)]
    public void Tells_a_comment_that_calls_the_value_a_digest(string line, bool expected)
    {
        var end = line.IndexOf(Value, System.StringComparison.Ordinal) + Value.Length;

        Assert.Equal(expected, DigestComment.Follows(line, end));
    }
}
