using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>
/// Whether a file's path says it holds material made for tests or documentation: a folder such as <c>test</c>,
/// <c>testdata</c>, <c>fixtures</c>, <c>spec</c>, <c>examples</c>, Perl's <c>t</c> or a .NET test project
/// (<c>MyApp.Tests</c>), or a file named as a test or an example (<c>server_test.go</c>, <c>test-key.pem</c>,
/// <c>CryptoTests.cs</c>, <c>config.example.json</c>, an SDK's <c>examples-1.json</c>).
/// </summary>
public static class TestFixturePath
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "testdata", "testing", "testfixtures", "unittests", "integrationtests", "functionaltests",
        "fixture", "fixtures", "spec", "specs", "example", "examples",
    };

    private static readonly HashSet<string> FileWords = new(StringComparer.OrdinalIgnoreCase) { "test", "tests", "spec", "specs", "fixture", "fixtures", "example", "examples" };

    private static readonly char[] Separators = { '/', '\\' };

    private static readonly char[] WordSeparators = { '.', '_', '-', ' ' };

    public static bool Matches(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var segments = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var folder = segments[i].Trim('_');
            if (folder == "t" || HasWordOf(folder.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries), Words))
            {
                return true;
            }
        }

        return segments.Length > 0 && IsNamedAsATest(segments[segments.Length - 1]);
    }

    private static bool HasWordOf(IEnumerable<string> words, HashSet<string> of)
    {
        foreach (var word in words)
        {
            if (of.Contains(word.Trim('_')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A file named as a test by a test framework's convention: a test word beside another in its name
    /// (<c>server_test.go</c>, <c>test_client.py</c>, <c>api.spec.ts</c>, <c>test-key.pem</c>), Django's <c>tests.py</c>,
    /// or a type's name with Tests, Test or Spec after it (<c>CryptoTests.cs</c>). A file named just <c>test.py</c> is
    /// where people try a real key out, and is not one; nor is a smoke test (<c>smoke_test.sh</c>, <c>SmokeTests.cs</c>),
    /// which checks a deployed service with that service's own credentials.
    /// </summary>
    private static bool IsNamedAsATest(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var name = dot <= 0 ? fileName : fileName.Substring(0, dot);
        if (name.IndexOf("smoke", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        var words = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if ((words.Length >= 2 && HasWordOf(words, FileWords)) || (words.Length == 1 && !words[0].Equals("test", StringComparison.OrdinalIgnoreCase) && FileWords.Contains(words[0])))
        {
            return true;
        }

        var first = name.IndexOf('.');
        var stem = first < 0 ? name : name.Substring(0, first);
        return stem.Length > 4 && char.IsUpper(stem[0])
            && (stem.EndsWith("Tests", StringComparison.Ordinal) || stem.EndsWith("Test", StringComparison.Ordinal) || stem.EndsWith("Spec", StringComparison.Ordinal));
    }
}
