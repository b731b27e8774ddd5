using System.CommandLine;

namespace LeakGuard.Cli.Commands;

/// <summary>
/// A path argument takes any word, so without this an unknown option such as <c>--bogus</c> would be read as a path
/// and reported as a missing folder.
/// </summary>
internal static class PathArgumentValidation
{
    public static Argument<string> RejectingOptions(this Argument<string> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"unknown option: {token.Value}");
                }
            }
        });
        return argument;
    }
}
