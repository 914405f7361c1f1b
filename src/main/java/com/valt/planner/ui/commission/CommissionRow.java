package com.valt.planner.ui.commission;

import com.valt.planner.probe.ProbeLine;
import com.valt.planner.probe.Target;
import com.valt.planner.probe.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One flow in the panel's table: fixed while it waits, then filled in when its attempt returns. */
public final class CommissionRow {
    final String rule;
    final String destination;
    final String port;
    final String firewalls;
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<Verdict> result = new SimpleObjectProperty<>();
    final StringProperty ms = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");

    CommissionRow(String rule, String destination, String address, String port, String firewalls) {
        this.rule = rule;
        this.destination = destination;
        this.port = port;
        this.firewalls = firewalls;
        this.address.set(address);
    }

    static CommissionRow waiting(Target t) {
        return new CommissionRow(
                t.rule(),
                t.destination(),
                t.host() == null ? "" : t.host(),
                t.transport() + " " + t.port(),
                t.firewalls());
    }

    static CommissionRow of(ProbeLine l) {
        CommissionRow r = new CommissionRow(
                l.rule(), l.destination(), l.address(), l.transport() + " " + l.port(), l.firewalls());
        r.fill(l);
        return r;
    }

    void fill(ProbeLine l) {
        address.set(l.address());
        ms.set(Long.toString(l.ms()));
        message.set(l.message());
        result.set(l.result());
    }

    /** Whether a result line is this row's flow. */
    boolean is(ProbeLine l) {
        return rule.equals(l.rule())
                && destination.equals(l.destination())
                && port.equals(l.transport() + " " + l.port());
    }

    public String rule() {
        return rule;
    }

    public String destination() {
        return destination;
    }

    /** The verdict, or null while the flow waits for its attempt. */
    public Verdict result() {
        return result.get();
    }

    public String message() {
        return message.get();
    }
}
