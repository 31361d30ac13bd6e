// compose-check loads a compose file the way `docker compose` does, with the Compose Specification's own loader
// (github.com/compose-spec/compose-go: schema validation, interpolation, YAML merge keys, normalisation), and
// prints the resulting project as JSON. test/deploy/docker.test.ts builds it and checks what it prints, so the
// compose file is validated without Docker.
//
// Usage: compose-check <compose.yaml>   (exit 1 with the loader's message when the file is invalid)
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: compose-check <compose.yaml>")
		os.Exit(2)
	}
	// No environment: interpolation uses the file's own defaults, so the output does not depend on the caller.
	opts, err := cli.NewProjectOptions([]string{os.Args[1]}, cli.WithEnv([]string{}), cli.WithResolvedPaths(true))
	if err == nil {
		var project interface{}
		project, err = cli.ProjectFromOptions(context.Background(), opts)
		if err == nil {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			err = enc.Encode(project)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compose-check:", err)
		os.Exit(1)
	}
}
