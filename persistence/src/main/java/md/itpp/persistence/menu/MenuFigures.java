package md.itpp.persistence.menu;

import java.io.Serializable;

import md.itpp.persistence.approval.TaskCounts;

/**
 * The menu's figures for one caller: approval and negotiation tasks by kind, progress reports
 * to write (consultees of an institution) or to review (negotiators), unread notices.
 */
public record MenuFigures(TaskCounts tasks, long reportTasks, long unreadNotices) implements Serializable {

    /** Everything on the caller's task list: the menu's "My tasks (n)". */
    public long allTasks() {
        return tasks.total() + reportTasks;
    }
}
