package dev.lockstep.graphql.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where Velocity 2 differs from the VTL AppSync runs, and what Lockstep does about it ("Resolver mapping template
 * programming guide", "AppSync directives", the AppSync quota of 1,000 #foreach iterations).
 */
class VtlSemanticsTest {

    static VtlTemplate.Rendering render(String template, Map<String, Object> ctx) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ctx", ctx);
        return VtlEngine.shared().compile(template, "test").render(variables);
    }

    @Test
    void if_treats_empty_strings_and_lists_as_true_as_velocity_1_7_did() {
        Map<String, Object> ctx = Map.of("s", "", "l", List.of());

        assertThat(render("#if($ctx.s)yes#end #if($ctx.l)yes#end #if($ctx.missing)no#end", ctx)
                        .text())
                .isEqualTo("yes yes ");
    }

    @Test
    void foreach_stops_after_1000_iterations() {
        String text = render("#set($n = 0)#foreach($i in [1..5000])#set($n = $n + 1)#end$n", Map.of())
                .text();

        assertThat(text).isEqualTo("1000");
    }

    @Test
    void a_method_call_prints_its_result_and_a_null_result_prints_the_reference_as_written() {
        // Why AppSync's guide wraps such calls in $util.qr(...).
        String text = render("#set($m = {})$m.put(\"a\", 1)|$m.put(\"a\", 2)|#set($l = [])$l.add(1)", Map.of())
                .text();

        assertThat(text).isEqualTo("$m.put(\"a\", 1)|1|true");
    }

    @Test
    void an_unset_reference_prints_as_written_and_the_quiet_form_prints_nothing() {
        assertThat(render("$ctx.args.name|$!ctx.args.name|", Map.of("args", Map.of()))
                        .text())
                .isEqualTo("$ctx.args.name||");
    }

    @Test
    void return_without_data_returns_null_and_stops_the_template() {
        VtlTemplate.Rendering rendering = render("before #return after", Map.of());

        assertThat(rendering.returned()).isTrue();
        assertThat(rendering.returnValue()).isNull();
        assertThat(rendering.text()).isEqualTo("before ");
    }

    @Test
    void return_inside_a_loop_returns_from_the_whole_template() {
        VtlTemplate.Rendering rendering =
                render("#foreach($i in [1, 2, 3])#if($i == 2)#return($i)#end#end never", Map.of());

        assertThat(rendering.returnValue()).isEqualTo(2);
    }

    @Test
    void a_template_with_a_syntax_error_is_refused_with_line_and_column() {
        assertThatThrownBy(() -> VtlEngine.shared().compile("#if($x)\n  unclosed", "Query.a request"))
                .isInstanceOf(VtlSyntaxException.class)
                .hasMessageContaining("line 2");
    }
}
