using Spectre.Console;

namespace Registry.Etl.Cli.Hosting;

/// <summary>
/// The Spectre console for a command's output: live progress bars only on a real terminal; when output
/// is redirected (a file, a pipe, a test's writer) plain text without ANSI codes, because Spectre still
/// emits them for redirected output unless told <see cref="AnsiSupport.No"/>.
/// </summary>
internal static class CliConsole
{
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static IAnsiConsole Create(TextWriter output)
    {
        var interactive = IsInteractive(output);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
    }
}
